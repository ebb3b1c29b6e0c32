// Row builders for tests and the authorization matrix: every row gets a unique name.
import type { Db } from "@/server/db";

let counter = 0;
export const tag = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export const makeGroup = (db: Db, data: { name?: string; position?: number } = {}) =>
  db.componentGroup.create({ data: { name: `group ${tag()}`, ...data } });

export const makeComponent = (
  db: Db,
  data: { name?: string; groupId?: string | null; position?: number; status?: string; statusSource?: string } = {},
) => db.component.create({ data: { name: `component ${tag()}`, ...data } });

export async function readRevision(db: Db): Promise<number> {
  return (await db.publicRevision.findUnique({ where: { id: "public" } }))?.revision ?? 0;
}

export const auditOf = (db: Db, entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

export const parsed = (text: string | null) => (text === null ? null : JSON.parse(text));
