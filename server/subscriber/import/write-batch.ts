import type { Tx } from "@/server/context";
import { newLinkSalt } from "../tokens";
import type { ImportCandidate, RejectedRow } from "./rows";

export type BatchOutcome = { imported: number; skippedExisting: number; rejected: RejectedRow[] };

/** Writes one batch: new addresses become active (source import); pending ones are confirmed. */
export async function writeBatch(tx: Tx, batch: ImportCandidate[]): Promise<BatchOutcome> {
  const report: BatchOutcome = { imported: 0, skippedExisting: 0, rejected: [] };
  const rejected = report.rejected;
  const existing = await tx.subscriber.findMany({
    where: { emailNormalized: { in: batch.map((c) => c.emailNormalized) } },
    select: { id: true, emailNormalized: true, status: true },
  });
  const known = new Map(existing.map((s) => [s.emailNormalized, s]));
  const now = new Date();
  const fresh: ImportCandidate[] = [];
  const confirmed: Array<{ id: string; componentIds: string[] }> = [];
  for (const candidate of batch) {
    const current = known.get(candidate.emailNormalized);
    if (!current) fresh.push(candidate);
    else if (current.status === "active") report.skippedExisting += 1;
    else if (current.status === "pending") confirmed.push({ id: current.id, componentIds: candidate.componentIds });
    else {
      const reason =
        current.status === "unsubscribed"
          ? "Unsubscribed earlier; only they can subscribe again"
          : `Suppressed (${current.status}); reactivate it from its page if the address works again`;
      rejected.push({ line: candidate.line, value: candidate.email, reason });
    }
  }
  if (fresh.length) {
    await tx.subscriber.createMany({
      data: fresh.map((c) => ({
        email: c.email,
        emailNormalized: c.emailNormalized,
        status: "active",
        source: "import",
        manageSalt: newLinkSalt(),
        confirmedAt: now,
        activatedAt: now,
      })),
    });
  }
  if (confirmed.length) {
    await tx.subscriber.updateMany({
      where: { id: { in: confirmed.map((c) => c.id) } },
      data: { status: "active", confirmedAt: now, activatedAt: now, confirmNonce: null, confirmExpiresAt: null },
    });
  }
  const withComponents = fresh.filter((c) => c.componentIds.length);
  const ids = withComponents.length
    ? new Map(
        (
          await tx.subscriber.findMany({
            where: { emailNormalized: { in: withComponents.map((c) => c.emailNormalized) } },
            select: { id: true, emailNormalized: true },
          })
        ).map((s) => [s.emailNormalized, s.id]),
      )
    : new Map<string, string>();
  const choices = [...withComponents.map((c) => ({ id: ids.get(c.emailNormalized)!, componentIds: c.componentIds })), ...confirmed];
  if (confirmed.length) await tx.subscriberComponent.deleteMany({ where: { subscriberId: { in: confirmed.map((c) => c.id) } } });
  const links = choices.flatMap((c) => c.componentIds.map((componentId) => ({ subscriberId: c.id, componentId })));
  if (links.length) await tx.subscriberComponent.createMany({ data: links });
  report.imported += fresh.length + confirmed.length;
  return report;
}
