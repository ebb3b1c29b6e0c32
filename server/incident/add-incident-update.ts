import { refreshComponentStatuses } from "@/server/component/refresh-statuses";
import { assertComponentsExist } from "@/server/component/exists";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { applyComponentStatuses } from "./component-windows";
import { deriveIncidentStatus, latestUpdate } from "./derive-status";
import { resolveInTx } from "./resolve-in-tx";
import { actorUserId, assertNotFuture, ensureAffected, findIncident, incidentAudit, recordStatusChanges } from "./rows";
import { AddIncidentUpdateInput } from "./schemas";

/**
 * Posts an update to a published incident: its status becomes the incident's (by the latest update),
 * component statuses change through the incident's windows, and with `notify` subscribers are told.
 * A "resolved" update resolves the incident exactly as resolveIncident does.
 */
export async function addIncidentUpdate({ ctx, input }: { ctx: Ctx; input: AddIncidentUpdateInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(AddIncidentUpdateInput, input);
  const update = await inTransaction(ctx, async (tx) => {
    const before = await findIncident(tx, data.incidentId);
    if (!before.publishedAt) throw new ConflictError("This incident is a draft: publish it first (its first update goes out then)");
    const now = new Date();
    const displayAt = data.displayAt ?? now;
    assertNotFuture(displayAt, "displayAt", now);
    if (displayAt < before.startedAt) throw ValidationError.field("displayAt", "This is before the incident started");
    await assertComponentsExist(
      tx,
      data.components.map((c, i) => ({ componentId: c.componentId, field: `components.${i}.componentId` })),
    );

    if (data.status === "resolved") {
      const held = data.components.findIndex((c) => c.status !== "operational");
      if (held !== -1) {
        throw ValidationError.field(
          `components.${held}.status`,
          "Resolving returns components to operational; choose “keep current statuses” to hold them",
        );
      }
    }
    // A "resolved" update on a resolved incident is an addendum: it keeps the resolution time.
    if (data.status === "resolved" && before.status !== "resolved") {
      const latest = latestUpdate(before.updates);
      if (latest && displayAt < latest.displayAt) throw ValidationError.field("displayAt", "A resolving update must be the latest one");
      const resolved = await resolveInTx(tx, ctx, before, {
        at: displayAt,
        body: data.body,
        notify: data.notify,
        keepStatuses: data.keepStatuses,
        timeField: "displayAt",
        action: "incident_update.create",
        auditUpdate: (update) => ({ update: updateAudit(update) }),
      });
      return resolved.update;
    }

    const touched = await applyComponentStatuses(tx, before.id, data.components, displayAt, now);
    await ensureAffected(
      tx,
      before.id,
      data.components.map((c) => c.componentId),
    );
    const changes = await refreshComponentStatuses(tx, touched);
    const created = await tx.incidentUpdate.create({
      data: { incidentId: before.id, status: data.status, body: data.body, displayAt, notify: data.notify, authorId: actorUserId(ctx) },
    });
    await recordStatusChanges(tx, created.id, changes);
    const status = deriveIncidentStatus([...before.updates, created]);
    const after = await tx.incident.update({
      where: { id: before.id },
      data: {
        status,
        // A later non-resolved update reopens a resolved incident.
        resolvedAt: status === "resolved" ? before.resolvedAt : null,
        monitoringAt: status === "monitoring" && latestUpdate([...before.updates, created]) === created ? displayAt : before.monitoringAt,
      },
    });
    await finishChange(tx, ctx, {
      event: { type: "incident.updated", incidentId: before.id, updateId: created.id, notify: data.notify },
      audit: {
        action: "incident_update.create",
        entityType: "incident",
        entityId: before.id,
        before: incidentAudit(before),
        after: { ...incidentAudit(after), update: updateAudit(created), changes },
      },
    });
    return created;
  });
  await afterPublicChange(ctx);
  return update;
}

const updateAudit = (u: { id: string; status: string; body: string; displayAt: Date; notify: boolean }) => ({
  id: u.id,
  status: u.status,
  body: u.body,
  displayAt: u.displayAt,
  notify: u.notify,
});
