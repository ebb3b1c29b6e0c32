import type { ComponentStatus, IncidentImpact } from "@/lib/domain/statuses";
import { setComponentStatus } from "@/server/component";
import { inTransaction, type Ctx, type Tx } from "@/server/context";
import type { Db } from "@/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import { createIncident, deleteIncident, publishIncident, resolveIncident } from "@/server/incident";
import { isPaused } from "@/server/job-control";
import { afterPublicChange } from "@/server/public/after-change";
import { holdOver, mayAnnounce } from "./flap";

// The worker's half of inbound alerts: each received alert, in order, in one transaction with its
// effects. Firing sets the rule's components to its status and opens a draft incident (one per
// series: repeats attach to it); resolved hands the components back and resolves the incident (or
// drops a draft nobody saw). Drafts of publishing rules are published once the alert has fired for
// the hold time; announcements keep to one per series per window, so a flapping alert cannot storm.

type Event = Awaited<ReturnType<Db["alertEvent"]["findFirstOrThrow"]>>;
type Rule = Awaited<ReturnType<Db["alertRule"]["findFirstOrThrow"]>>;

const IMPACT: Record<string, IncidentImpact> = {
  major_outage: "critical",
  partial_outage: "major",
  degraded_performance: "minor",
  under_maintenance: "minor",
};

const integrationCtx = (db: Db, integration: { id: string; name: string }): Ctx => ({
  db,
  actor: { type: "integration", id: integration.id, name: integration.name, role: "editor" },
});

/**
 * Sets (or with null hands back) the rule's components' status where that changes something: a
 * repeat of the alert writes nothing. A component deleted since the rule was written is skipped.
 */
async function setStatuses(tx: Tx, ctx: Ctx, componentIds: string[], status: ComponentStatus | null) {
  const components = await tx.component.findMany({
    where: { id: { in: componentIds } },
    select: { id: true, status: true, statusSource: true },
  });
  for (const component of components) {
    const already =
      status === null ? component.statusSource !== "manual" : component.statusSource === "manual" && component.status === status;
    if (already) continue;
    await setComponentStatus({ ctx, input: { componentId: component.id, status } }).catch((error: unknown) => {
      if (!(error instanceof NotFoundError || error instanceof ValidationError)) throw error;
    });
  }
}

async function openIncident(tx: Tx, ctx: Ctx, event: Event, rule: Rule): Promise<string | null> {
  const series = await tx.alertSeries.findUnique({
    where: { integrationId_fingerprint: { integrationId: event.integrationId, fingerprint: event.fingerprint } },
  });
  const current = series?.incidentId ? await tx.incident.findUnique({ where: { id: series.incidentId } }) : null;
  if (current && current.status !== "resolved") return current.id;
  const componentIds = JSON.parse(rule.componentIds) as string[];
  const components = (await tx.component.findMany({ where: { id: { in: componentIds } }, select: { id: true } })).map((c) => ({
    componentId: c.id,
    status: rule.status as ComponentStatus,
  }));
  const body = [event.description ?? `Our monitoring reports: ${event.title}.`, event.url ? `\n\n[Alert source](${event.url})` : ""].join(
    "",
  );
  const incident = await createIncident({
    ctx,
    input: { title: event.title.slice(0, 200), body, impact: IMPACT[rule.status] ?? "minor", components, publish: false, notify: true },
  });
  return incident.id;
}

async function applyEvent(tx: Tx, ctx: Ctx, event: Event, rule: Rule, now: Date) {
  const key = { integrationId_fingerprint: { integrationId: event.integrationId, fingerprint: event.fingerprint } };
  const series = await tx.alertSeries.findUnique({ where: key });
  const componentIds = JSON.parse(rule.componentIds) as string[];
  if (event.status === "firing") {
    await setStatuses(tx, ctx, componentIds, rule.status as ComponentStatus);
    const incidentId = await openIncident(tx, ctx, event, rule);
    const firingSince = series?.status === "firing" && series.firingSince ? series.firingSince : now;
    await tx.alertSeries.upsert({
      where: key,
      create: {
        integrationId: event.integrationId,
        fingerprint: event.fingerprint,
        ruleId: rule.id,
        incidentId,
        status: "firing",
        firingSince,
        events: 1,
      },
      update: { ruleId: rule.id, incidentId, status: "firing", firingSince, events: { increment: 1 } },
    });
    return;
  }
  await setStatuses(tx, ctx, componentIds, null);
  let lastAnnouncedAt = series?.lastAnnouncedAt ?? null;
  const incident = series?.incidentId ? await tx.incident.findUnique({ where: { id: series.incidentId } }) : null;
  if (incident && rule.resolveIncident && incident.status !== "resolved") {
    if (!incident.publishedAt) await deleteIncident({ ctx, input: { incidentId: incident.id } });
    else {
      const notify = mayAnnounce(lastAnnouncedAt, now, rule);
      await resolveIncident({ ctx, input: { incidentId: incident.id, body: "Our monitoring reports the problem resolved.", notify } });
      if (notify) lastAnnouncedAt = now;
    }
  }
  await tx.alertSeries.upsert({
    where: key,
    create: { integrationId: event.integrationId, fingerprint: event.fingerprint, ruleId: rule.id, status: "resolved", events: 1 },
    update: { status: "resolved", firingSince: null, lastAnnouncedAt, events: { increment: 1 } },
  });
}

/** Drafts of publishing rules whose alert has fired, unresolved, for the hold time: published now. */
async function publishHeld(db: Db, now: Date): Promise<number> {
  const firing = await db.alertSeries.findMany({ where: { status: "firing", incidentId: { not: null } } });
  let published = 0;
  for (const series of firing) {
    const rule = await db.alertRule.findUnique({ where: { id: series.ruleId }, include: { integration: true } });
    if (!rule?.publish || !series.firingSince || !holdOver(series.firingSince, now, rule)) continue;
    const ctx = integrationCtx(db, rule.integration);
    const done = await inTransaction(ctx, async (tx) => {
      const incident = await tx.incident.findUnique({ where: { id: series.incidentId! } });
      if (!incident || incident.publishedAt) return false;
      const notify = mayAnnounce(series.lastAnnouncedAt, now, rule);
      await publishIncident({ ctx: { ...ctx, tx }, input: { incidentId: incident.id, notify } });
      if (notify) await tx.alertSeries.update({ where: { id: series.id }, data: { lastAnnouncedAt: now } });
      return true;
    }).catch((error: unknown) => {
      if (error instanceof ConflictError || error instanceof NotFoundError) return false;
      throw error;
    });
    if (done) {
      published += 1;
      await afterPublicChange(ctx);
    }
  }
  return published;
}

/**
 * One round for the worker: up to `batch` received alerts, oldest first, each claimed and applied in
 * one transaction (two workers never apply one twice), then the held drafts due for publishing.
 * Nothing while the "alerts" kill switch is on: received alerts wait, in order.
 */
export async function processAlerts({ db, now = new Date(), batch = 50 }: { db: Db; now?: Date; batch?: number }) {
  if (await isPaused(db, "alerts")) return { applied: 0, published: 0 };
  const events = await db.alertEvent.findMany({
    where: { processedAt: null },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: batch,
  });
  let applied = 0;
  for (const event of events) {
    const rule = await db.alertRule.findUnique({ where: { id: event.ruleId }, include: { integration: true } });
    const integration = rule?.integration ?? (await db.alertIntegration.findUniqueOrThrow({ where: { id: event.integrationId } }));
    const ctx = integrationCtx(db, integration);
    const claimed = await inTransaction(ctx, async (tx) => {
      const { count } = await tx.alertEvent.updateMany({ where: { id: event.id, processedAt: null }, data: { processedAt: now } });
      // A rule removed after the alert came in: the alert is done with, nothing to apply.
      if (count === 1 && rule) await applyEvent(tx, { ...ctx, tx }, event, rule, now);
      return count === 1;
    });
    if (claimed) {
      applied += 1;
      await afterPublicChange(ctx);
    }
  }
  return { applied, published: await publishHeld(db, now) };
}
