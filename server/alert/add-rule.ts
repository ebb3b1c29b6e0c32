import { recordAudit } from "@/server/audit/record-audit";
import { assertComponentsExist } from "@/server/component/exists";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { formatMatchers, parseMatchers } from "./matchers";
import { AddAlertRuleInput } from "./schemas";
import { ruleView } from "./view";

/** A rule at the end of the integration's list: alerts no earlier rule takes, matched by label. */
export async function addAlertRule({ ctx, input }: { ctx: Ctx; input: AddAlertRuleInput }) {
  authorize(ctx, "settings:write");
  const data = parseInput(AddAlertRuleInput, input);
  const matchers = formatMatchers(parseMatchers(data.matchers, "matchers"));
  return inTransaction(ctx, async (tx) => {
    const integration = await tx.alertIntegration.findUnique({ where: { id: data.integrationId }, select: { id: true } });
    if (!integration) throw NotFoundError.of("Integration");
    await assertComponentsExist(
      tx,
      data.componentIds.map((componentId, i) => ({ componentId, field: `componentIds.${i}` })),
    );
    const last = await tx.alertRule.findFirst({ where: { integrationId: data.integrationId }, orderBy: { position: "desc" } });
    const rule = await tx.alertRule.create({
      data: { ...data, matchers, componentIds: JSON.stringify(data.componentIds), position: (last?.position ?? -1) + 1 },
    });
    await recordAudit(tx, ctx, { action: "alert_rule.create", entityType: "alert_rule", entityId: rule.id, after: rule });
    return ruleView(rule);
  });
}
