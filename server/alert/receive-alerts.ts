import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ValidationError } from "@/server/errors";
import type { IntegrationActor } from "./authenticate";
import { matchesAll, parseMatchers } from "./matchers";
import { parseAlertPayload } from "./payloads";

export type ReceiveReport = { accepted: number; unmatched: Array<{ fingerprint: string; title: string }> };

/**
 * One webhook call of an integration: every alert in it is either taken by the first rule (in
 * order) whose matchers hold, and queued for the worker, or kept in the integration's unmatched
 * list. All of it commits together with one audit row; a payload none of whose alerts a rule
 * takes is refused (422) after its alerts are kept, so the sender's retries show and the admin can
 * write the rule.
 */
export async function receiveAlerts({
  ctx,
  input,
}: {
  ctx: Ctx & { actor: IntegrationActor };
  input: { body: unknown };
}): Promise<ReceiveReport> {
  authorize(ctx, "incident:write");
  const { actor } = ctx;
  const alerts = parseAlertPayload(actor.source, input.body);
  const report = await inTransaction(ctx, async (tx) => {
    const rules = (
      await tx.alertRule.findMany({ where: { integrationId: actor.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] })
    ).map((rule) => ({ rule, matchers: parseMatchers(rule.matchers) }));
    const report: ReceiveReport = { accepted: 0, unmatched: [] };
    for (const alert of alerts) {
      const labels = JSON.stringify(alert.labels);
      const taken = rules.find(({ matchers }) => matchesAll(matchers, alert.labels));
      if (taken) {
        const { fingerprint, status, title, description, url } = alert;
        await tx.alertEvent.create({
          data: { integrationId: actor.id, ruleId: taken.rule.id, fingerprint, status, title, description, labels, url },
        });
        report.accepted += 1;
        continue;
      }
      const key = { integrationId_fingerprint: { integrationId: actor.id, fingerprint: alert.fingerprint } };
      await tx.unmatchedAlert.upsert({
        where: key,
        create: { integrationId: actor.id, fingerprint: alert.fingerprint, title: alert.title, labels },
        update: { title: alert.title, labels, count: { increment: 1 }, lastSeenAt: new Date() },
      });
      report.unmatched.push({ fingerprint: alert.fingerprint, title: alert.title });
    }
    await recordAudit(tx, ctx, { action: "alert.receive", entityType: "alert_integration", entityId: actor.id, after: report });
    return report;
  });
  if (report.accepted === 0) {
    const titles = report.unmatched.map((a) => `"${a.title}"`);
    const names = titles.length > 5 ? `${titles.slice(0, 5).join(", ")} and ${titles.length - 5} more` : titles.join(", ");
    throw new ValidationError(
      { alerts: [`No rule of this integration matches ${names}; kept under Unmatched alerts in the console`] },
      "No rule matches these alerts",
    );
  }
  return report;
}
