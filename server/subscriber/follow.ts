import type { Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";
import { en } from "@/lib/i18n/en";

// A follower is a Subscriber row scoped to one incident: the same tokens, confirmation,
// unsubscribe and RFC 8058 links as a page subscriber, but its audience is that incident's
// updates only (server/outbox/audience.ts), and it ends when the incident is resolved.

/**
 * The unique key of a follower's row. An address cannot contain ":" unquoted (and quoted local
 * parts are refused), so this never collides with a page subscriber's key.
 */
export const followerKey = (incidentId: string, emailNormalized: string) => `incident:${incidentId}:${emailNormalized}`;

/** The incident a visitor asks to follow: published and not resolved, or a 4xx naming the field. */
export const FOLLOW_ENDED = en.answers.followEnded;

export async function followableIncident(tx: Tx, incidentId: string): Promise<{ id: string; title: string }> {
  const incident = await tx.incident.findFirst({
    where: { id: incidentId, publishedAt: { not: null } },
    select: { id: true, title: true, status: true },
  });
  if (!incident) throw ValidationError.field("incidentId", en.answers.incidentUnknown);
  if (incident.status === "resolved") {
    throw ValidationError.field("incidentId", en.answers.incidentResolved);
  }
  return incident;
}

/**
 * Ends every subscription to one incident (confirmed or not): its resolution is the last update
 * they get. `unsubscribedAt` records when, so an announcement made before the end (still being
 * expanded by another worker) still reaches them and nothing made after does.
 */
export async function endFollowers(tx: Tx, incidentId: string, at = new Date()): Promise<number> {
  const ended = await tx.subscriber.updateMany({
    where: { incidentId, status: { in: ["active", "pending"] } },
    // The confirmation nonce stays: a link clicked later can then say why it no longer works.
    data: { status: "ended", unsubscribedAt: at },
  });
  return ended.count;
}
