import type { z } from "zod";
import { assertComponentsExist } from "@/server/component/exists";
import type { Ctx, Tx } from "@/server/context";
import { finishChange } from "@/server/outbox";
import { deriveIncidentStatus, latestUpdate } from "./derive-status";
import { actorUserId, incidentAudit, unique } from "./rows";
import type { Backfill, CreateIncidentInput } from "./schemas";
import { uniqueIncidentSlug } from "./slug";

/**
 * A past incident entered after the fact: published, resolved, with its windows and timeline.
 * Announces nothing and leaves current component statuses alone (its windows are all closed).
 */
export async function backfillIncident(tx: Tx, ctx: Ctx, data: z.output<typeof CreateIncidentInput>, backfill: z.output<typeof Backfill>) {
  await assertComponentsExist(tx, [
    ...backfill.windows.map((w, i) => ({ componentId: w.componentId, field: `backfill.windows.${i}.componentId` })),
    ...backfill.updates.flatMap((u, i) =>
      u.components.map((c, j) => ({ componentId: c.componentId, field: `backfill.updates.${i}.components.${j}.componentId` })),
    ),
  ]);
  const timeline = backfill.updates.map((u) => ({ ...u, createdAt: u.displayAt }));
  const ordered = [...timeline].sort((a, b) => a.displayAt.getTime() - b.displayAt.getTime());
  const componentIds = unique([
    ...data.components.map((c) => c.componentId),
    ...backfill.windows.map((w) => w.componentId),
    ...backfill.updates.flatMap((u) => u.components.map((c) => c.componentId)),
  ]);
  const incident = await tx.incident.create({
    data: {
      slug: await uniqueIncidentSlug(tx, data.title),
      title: data.title,
      impact: data.impact,
      status: deriveIncidentStatus(timeline),
      startedAt: backfill.startedAt,
      publishedAt: ordered[0]!.displayAt,
      monitoringAt: latestUpdate(timeline.filter((u) => u.status === "monitoring"))?.displayAt ?? null,
      resolvedAt: backfill.resolvedAt,
      createdById: actorUserId(ctx),
      components: { create: componentIds.map((componentId) => ({ componentId })) },
    },
  });
  for (const u of ordered) {
    await tx.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        status: u.status,
        body: u.body,
        displayAt: u.displayAt,
        createdAt: u.displayAt,
        notify: false,
        authorId: actorUserId(ctx),
        components: { create: u.components },
      },
    });
  }
  if (backfill.windows.length > 0) {
    await tx.degradationWindow.createMany({ data: backfill.windows.map((w) => ({ ...w, incidentId: incident.id })) });
  }
  await finishChange(tx, ctx, {
    audit: {
      action: "incident.backfill",
      entityType: "incident",
      entityId: incident.id,
      after: { ...incidentAudit(incident), componentIds, updates: ordered.length, windows: backfill.windows },
    },
  });
  return incident;
}
