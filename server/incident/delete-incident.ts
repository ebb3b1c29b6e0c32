import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { findIncident, incidentAudit } from "./rows";
import { DeleteIncidentInput } from "./schemas";

/** Deletes a draft. Published incidents stay: customers may have seen them (resolve instead). */
export async function deleteIncident({ ctx, input }: { ctx: Ctx; input: DeleteIncidentInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(DeleteIncidentInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await findIncident(tx, data.incidentId);
    if (before.publishedAt) {
      throw new ConflictError("Published incidents cannot be deleted: customers may have seen them. Resolve it instead.");
    }
    // Windows would outlive the incident (SetNull) and start counting as unattached: remove them with it.
    const windows = await tx.degradationWindow.deleteMany({ where: { incidentId: before.id } });
    await tx.incident.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: "incident.delete",
      entityType: "incident",
      entityId: before.id,
      before: { ...incidentAudit(before), componentIds: before.components.map((c) => c.componentId), windows: windows.count },
    });
    return { id: before.id };
  });
}
