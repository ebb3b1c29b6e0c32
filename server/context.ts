import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { roleCan, type Permission, type Role } from "./auth/permissions";
import { ForbiddenError, UnauthorizedError } from "./errors";
import { flushWebhookEvents } from "./webhook/emit";

export type Tx = Prisma.TransactionClient;

export type Actor =
  | { type: "user"; id: string; email: string; name: string; role: Role }
  | { type: "token"; id: string; name: string; role: Role }
  | { type: "system"; name: string }
  | { type: "anonymous" };

/** What every domain verb receives: who acts, the database, and an outer transaction if any. */
export type Ctx = { db: Db; actor: Actor; tx?: Tx };

export const systemActor = (name: string): Actor => ({ type: "system", name });

/** First thing every verb does: refuse before reading input or touching data. */
export function authorize(ctx: Ctx, permission: Permission): void {
  const { actor } = ctx;
  if (actor.type === "system") return;
  if (actor.type === "anonymous") throw new UnauthorizedError();
  if (!roleCan(actor.role, permission)) throw new ForbiddenError();
}

/** Runs `work` in the context's transaction, or in a new one (so verbs compose atomically). */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.tx) return work(ctx.tx);
  return ctx.db.$transaction(
    async (tx) => {
      const result = await work(tx);
      // Outgoing webhooks join the same commit (the outbox): all or nothing with the change.
      await flushWebhookEvents(tx);
      return result;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case "user":
      return actor.email;
    case "token":
      return `token:${actor.name}`;
    case "system":
      return `system:${actor.name}`;
    default:
      return "anonymous";
  }
}
