import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { AlertRuleIdInput } from "./schemas";

export async function removeAlertRule({ ctx, input }: { ctx: Ctx; input: AlertRuleIdInput }): Promise<void> {
  authorize(ctx, "settings:write");
  const { ruleId } = parseInput(AlertRuleIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const rule = await tx.alertRule.findUnique({ where: { id: ruleId } });
    if (!rule) throw NotFoundError.of("Rule");
    await tx.alertRule.delete({ where: { id: ruleId } });
    await recordAudit(tx, ctx, { action: "alert_rule.delete", entityType: "alert_rule", entityId: ruleId, before: rule });
  });
}
