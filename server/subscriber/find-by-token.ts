import type { Tx } from "@/server/context";
import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { isConfirmToken, isManageToken, legacyTokenHash, tokenSubject } from "./tokens";

type Select = Prisma.SubscriberSelect;

/** The subscriber a manage link belongs to (derived token, or a pre-scheme one by its hash), or null. */
export async function findByManageToken<S extends Select>(db: Db | Tx, token: string, select: S) {
  const id = tokenSubject(token);
  if (!id) return db.subscriber.findUnique({ where: { legacyManageTokenHash: legacyTokenHash(token) }, select });
  const row = await db.subscriber.findUnique({ where: { id }, select: { ...select, id: true, manageSalt: true } });
  return row && isManageToken(token, row as unknown as { id: string; manageSalt: string }) ? row : null;
}

/** The subscriber a confirmation link belongs to while that confirmation is pending, or null. */
export async function findByConfirmToken<S extends Select>(db: Db | Tx, token: string, select: S) {
  const id = tokenSubject(token);
  if (!id) return null;
  const row = await db.subscriber.findUnique({ where: { id }, select: { ...select, id: true, confirmNonce: true } });
  return row && isConfirmToken(token, row as unknown as { id: string; confirmNonce: string | null }) ? row : null;
}
