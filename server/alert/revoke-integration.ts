import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { AlertIntegrationIdInput } from "./schemas";
import { integrationView } from "./view";

/** Its token stops working at once; its rules and history stay for the record. Revoking twice changes nothing. */
export async function revokeAlertIntegration({ ctx, input, now = new Date() }: { ctx: Ctx; input: AlertIntegrationIdInput; now?: Date }) {
  authorize(ctx, "settings:write");
  const { integrationId } = parseInput(AlertIntegrationIdInput, input);
  return inTransaction(ctx, async (tx) => {
    const { count } = await tx.alertIntegration.updateMany({ where: { id: integrationId, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.alertIntegration.findUnique({ where: { id: integrationId } });
    if (!row) throw NotFoundError.of("Integration");
    if (count === 1) {
      await recordAudit(tx, ctx, {
        action: "alert_integration.revoke",
        entityType: "alert_integration",
        entityId: row.id,
        after: integrationView(row),
      });
    }
    return integrationView(row);
  });
}
