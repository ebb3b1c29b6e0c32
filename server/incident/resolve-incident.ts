import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput, ValidationError } from "@/server/errors";
import { afterPublicChange } from "@/server/public/after-change";
import { latestUpdate } from "./derive-status";
import { resolveInTx } from "./resolve-in-tx";
import { assertNotFuture, findIncident } from "./rows";
import { ResolveIncidentInput } from "./schemas";
import { DEFAULT_RESOLVED_BODY } from "@/lib/domain/update-templates";

/**
 * Resolves an open incident at `resolvedAt` (default now): closes its open windows then, returns
 * components to operational unless `keepStatuses`, posts a "resolved" update and, with `notify`, tells subscribers.
 */
export async function resolveIncident({ ctx, input }: { ctx: Ctx; input: ResolveIncidentInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(ResolveIncidentInput, input);
  const incident = await inTransaction(ctx, async (tx) => {
    const before = await findIncident(tx, data.incidentId);
    if (!before.publishedAt) throw new ConflictError("This incident is a draft: publish it or delete it");
    if (before.status === "resolved") throw new ConflictError("This incident is already resolved");
    const at = data.resolvedAt ?? new Date();
    assertNotFuture(at, "resolvedAt");
    if (at <= before.startedAt) throw ValidationError.field("resolvedAt", "Resolution must be after the incident started");
    const latest = latestUpdate(before.updates);
    if (latest && at < latest.displayAt) throw ValidationError.field("resolvedAt", "Resolution cannot be before the latest update");
    const resolved = await resolveInTx(tx, ctx, before, {
      at,
      body: data.body ?? DEFAULT_RESOLVED_BODY,
      notify: data.notify,
      keepStatuses: data.keepStatuses,
      timeField: "resolvedAt",
      action: "incident.resolve",
      auditUpdate: (update) => ({ updateId: update.id }),
    });
    return resolved.incident;
  });
  await afterPublicChange(ctx);
  return incident;
}
