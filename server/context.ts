import "#server-only";
import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { roleCan, type Permission, type Role } from "./auth/permissions";
import { ForbiddenError, UnauthorizedError } from "./errors";

export type Tx = Prisma.TransactionClient;

export type Actor =
  | { type: "user"; id: string; email: string; name: string; role: Role }
  | { type: "token"; id: string; name: string; role: Role }
  /** An alert integration (Alertmanager, Grafana…): acts as an editor, audited under its own name. */
  | { type: "integration"; id: string; name: string; role: Role }
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

// Steps registered for the end of each transaction that inTransaction opened.
const commitSteps = new WeakMap<Tx, Array<() => Promise<void>>>();

/** Runs `work` in the context's transaction, or in a new one (so verbs compose atomically). */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.tx) return work(ctx.tx);
  return ctx.db.$transaction(
    async (tx) => {
      const steps: Array<() => Promise<void>> = [];
      commitSteps.set(tx, steps);
      try {
        const result = await work(tx);
        // A step may add steps; all of them run inside the transaction, before the commit.
        for (let i = 0; i < steps.length; i++) await steps[i]!();
        return result;
      } finally {
        commitSteps.delete(tx);
      }
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/**
 * Runs `step` as the last work of `tx`, after everything the verbs in it wrote and before the
 * commit, so it sees the transaction's final state. Only a transaction opened by inTransaction
 * runs these steps; anywhere else the step would be lost, so that throws.
 */
export function beforeCommit(tx: Tx, step: () => Promise<void>): void {
  const steps = commitSteps.get(tx);
  if (!steps) throw new Error("beforeCommit: this transaction was not opened by inTransaction");
  steps.push(step);
}

export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case "user":
      return actor.email;
    case "token":
      return `token:${actor.name}`;
    case "system":
      return `system:${actor.name}`;
    case "integration":
      return `integration:${actor.name}`;
    default:
      return "anonymous";
  }
}
