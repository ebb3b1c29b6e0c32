import type { Prisma } from "@/server/generated/sqlite/client";

/**
 * Call inside the transaction of any change customers can see: every instance notices the
 * new revision within REFRESH_MS and rebuilds its snapshot.
 */
export async function bumpPublicRevision(tx: Prisma.TransactionClient): Promise<number> {
  const row = await tx.publicRevision.upsert({
    where: { id: "public" },
    create: { id: "public", revision: 1 },
    update: { revision: { increment: 1 } },
    select: { revision: true },
  });
  return row.revision;
}
