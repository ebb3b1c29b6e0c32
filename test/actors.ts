import type { Role } from "@/server/auth/permissions";
import type { Ctx } from "@/server/context";
import type { Db } from "@/server/db";

let counter = 0;

/** A fresh user of `role` (own row, unique email) and a context acting as them. */
export async function ctxAs(db: Db, role: Role): Promise<Ctx> {
  const email = `${role}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 6)}@test.local`;
  const user = await db.user.create({ data: { name: `${role} ${counter}`, email, role } });
  return { db, actor: { type: "user", id: user.id, email, name: user.name, role } };
}

export const anonymousCtx = (db: Db): Ctx => ({ db, actor: { type: "anonymous" } });

export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
