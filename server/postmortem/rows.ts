import type { Tx } from "@/server/context";
import { NotFoundError } from "@/server/errors";
import { lockIncident } from "@/server/incident/rows";

export async function findPostmortem(tx: Tx, incidentId: string) {
  await lockIncident(tx, incidentId);
  const postmortem = await tx.postmortem.findUnique({ where: { incidentId }, include: { incident: { select: { publishedAt: true } } } });
  if (!postmortem) throw NotFoundError.of("Postmortem");
  return postmortem;
}

export const postmortemAudit = (p: { id: string; incidentId: string; body: string; publishedAt: Date | null; notify: boolean }) => ({
  id: p.id,
  incidentId: p.incidentId,
  body: p.body,
  publishedAt: p.publishedAt,
  notify: p.notify,
});
