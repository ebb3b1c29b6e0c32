import type { Prisma } from "@/server/generated/sqlite/client";

type Tx = Prisma.TransactionClient;

// The number each transaction moved the revision to: one change, one new revision.
const bumped = new WeakMap<Tx, number>();

/**
 * Call inside the transaction of any change customers can see: every instance notices the
 * new revision within REFRESH_MS and rebuilds its snapshot. Moves it once per transaction, so
 * a verb may bump first to take the row's lock (page renumberings take turns) and still end
 * with finishChange; the lock is held until the commit either way.
 */
export async function bumpPublicRevision(tx: Tx): Promise<number> {
  const done = bumped.get(tx);
  if (done !== undefined) return done;
  const row = await tx.publicRevision.upsert({
    where: { id: "public" },
    create: { id: "public", revision: 1 },
    update: { revision: { increment: 1 } },
    select: { revision: true },
  });
  bumped.set(tx, row.revision);
  return row.revision;
}
