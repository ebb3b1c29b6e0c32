import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { assertComponentsExist } from "@/server/component/exists";
import { authorize, inTransaction, type Ctx, type Tx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { SEVERITY_FOR_STATUS } from "./component-windows";
import { backfillIncident } from "./backfill-incident";
import { actorUserId, incidentAudit, recordStatusChanges, unique } from "./rows";
import { CreateIncidentInput } from "./schemas";
import { uniqueIncidentSlug } from "./slug";

type Data = import("zod").output<typeof CreateIncidentInput>;

/**
 * Opens an incident, as a draft or published at once. Publishing writes the first update, opens a
 * window per degraded component (or the windows given), lets component statuses follow and, with
 * `notify`, announces it in the same transaction. With `backfill`: a past, resolved incident.
 */
export async function createIncident({ ctx, input }: { ctx: Ctx; input: CreateIncidentInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(CreateIncidentInput, input);
  const result = await inTransaction(ctx, async (tx) => {
    await assertComponentsExist(tx, [
      ...data.components.map((c, i) => ({ componentId: c.componentId, field: `components.${i}.componentId` })),
      ...(data.windows ?? []).map((w, i) => ({ componentId: w.componentId, field: `windows.${i}.componentId` })),
    ]);
    return data.backfill ? backfillIncident(tx, ctx, data, data.backfill) : openIncident(tx, ctx, data);
  });
  if (result.publishedAt) await afterPublicChange(ctx);
  return result;
}

async function openIncident(tx: Tx, ctx: Ctx, data: Data) {
  const now = new Date();
  const startedAt = data.startedAt ?? now;
  const windows =
    data.windows ??
    data.components.flatMap((c) => {
      const severity = SEVERITY_FOR_STATUS[c.status];
      return severity ? [{ componentId: c.componentId, severity, startedAt, endedAt: null }] : [];
    });
  const componentIds = unique([...data.components.map((c) => c.componentId), ...windows.map((w) => w.componentId)]);
  const incident = await tx.incident.create({
    data: {
      slug: await uniqueIncidentSlug(tx, data.title),
      title: data.title,
      impact: data.impact,
      status: data.status,
      startedAt,
      publishedAt: data.publish ? now : null,
      monitoringAt: data.status === "monitoring" ? now : null,
      createdById: actorUserId(ctx),
      components: { create: componentIds.map((componentId) => ({ componentId })) },
    },
  });
  // A draft keeps its first update and windows; neither is public nor counted until published.
  const update = await tx.incidentUpdate.create({
    data: {
      incidentId: incident.id,
      status: data.status,
      body: data.body!,
      displayAt: now,
      notify: data.notify,
      authorId: actorUserId(ctx),
    },
  });
  if (windows.length > 0) await tx.degradationWindow.createMany({ data: windows.map((w) => ({ ...w, incidentId: incident.id })) });
  let changes: Awaited<ReturnType<typeof refreshComponentStatuses>> = [];
  if (data.publish) {
    changes = await refreshComponentStatuses(tx, componentIds);
    await recordStatusChanges(tx, update.id, changes);
  }
  await finishChange(tx, ctx, {
    // A draft announces nothing and stays off the public page until published.
    event: data.publish ? { type: "incident.created", incidentId: incident.id, updateId: update.id, notify: data.notify } : null,
    audit: {
      action: "incident.create",
      entityType: "incident",
      entityId: incident.id,
      after: {
        ...incidentAudit(incident),
        componentIds,
        update: { id: update.id, status: update.status, body: update.body, notify: update.notify },
        windows,
        changes,
      },
    },
    visible: data.publish,
  });
  return incident;
}
