import type { Metadata } from "next";
import { IntegrationForm } from "@/components/admin/alerts/integration-form";
import { RuleForm } from "@/components/admin/alerts/rule-form";
import { AdminTable, CELL } from "@/components/admin/admin-table";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { RowAction } from "@/components/admin/team/row-action";
import { LocalTime } from "@/components/time/local-time";
import { COMPONENT_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { env } from "@/lib/env";
import { listAlertIntegrations, type AlertIntegrationDetail } from "@/server/alert";
import { can, requireAdminPage } from "@/server/auth/session";
import { listComponents } from "@/server/component";
import { addAlertRuleAction, createAlertIntegrationAction, removeAlertRuleAction, revokeAlertIntegrationAction } from "./actions";

export const metadata: Metadata = { title: "Alert integrations" };

const SOURCE_LABEL: Record<string, string> = {
  alertmanager: "Prometheus Alertmanager",
  grafana: "Grafana alerting",
  generic: "Generic JSON",
};

export default async function AlertsPage() {
  const ctx = await requireAdminPage();
  const [integrations, { rows }] = await Promise.all([listAlertIntegrations({ ctx }), listComponents({ ctx })]);
  const components = rows
    .flatMap((row) => (row.kind === "group" ? row.group.components : [row.component]))
    .map((c) => ({ id: c.id, name: c.name }));
  const names = new Map(components.map((c) => [c.id, c.name]));
  const canWrite = can(ctx, "settings:write");
  return (
    <>
      <PageHeader
        title="Alert integrations"
        description="Monitors post their alerts here. Rules turn them into component statuses and draft incidents; alerts no rule takes wait under Unmatched."
      />
      {canWrite && (
        <Panel title="Add an integration" className="mb-6">
          <div className="px-4 py-3">
            <IntegrationForm action={createAlertIntegrationAction} baseUrl={env.PUBLIC_URL ?? ""} />
          </div>
        </Panel>
      )}
      {integrations.length === 0 ? (
        <EmptyState title="No integrations yet" />
      ) : (
        <div className="flex flex-col gap-6">
          {integrations.map((integration) => (
            <IntegrationPanel key={integration.id} integration={integration} names={names} components={components} canWrite={canWrite} />
          ))}
        </div>
      )}
    </>
  );
}

function IntegrationPanel({
  integration: i,
  names,
  components,
  canWrite,
}: {
  integration: AlertIntegrationDetail;
  names: Map<string, string>;
  components: Array<{ id: string; name: string }>;
  canWrite: boolean;
}) {
  const question = `Revoke “${i.name}”? Its token stops working at once.`;
  const revoke = canWrite && !i.revokedAt && (
    <RowAction action={revokeAlertIntegrationAction} fields={{ integrationId: i.id }} verb="revoke" subject={i.name} confirm={question} />
  );
  return (
    <Panel title={i.name} actions={revoke}>
      <p className="px-4 pt-3 text-sm text-slate-700 dark:text-slate-300">
        {SOURCE_LABEL[i.source] ?? i.source} · token {i.prefix}… · {i.revokedAt ? "revoked" : "active"} · last used{" "}
        {i.lastUsedAt ? <LocalTime iso={i.lastUsedAt.toISOString()} format="relative" /> : "never"} · {i.waiting} waiting
      </p>
      <h3 className="px-4 pt-4 text-sm font-semibold">Rules, first match wins</h3>
      {i.rules.length === 0 ? (
        <p className="px-4 py-2 text-sm text-slate-600 dark:text-slate-400">No rules: every alert is unmatched.</p>
      ) : (
        <AdminTable columns={["Alerts with labels", "Components", "Status", "Incident", null]}>
          {i.rules.map((rule) => (
            <tr key={rule.id}>
              <td className={`${CELL} font-mono text-xs`}>{rule.matchers}</td>
              <td className={CELL}>{rule.componentIds.map((id) => names.get(id) ?? "deleted").join(", ")}</td>
              <td className={CELL}>{labelOf(COMPONENT_STATUS_LABEL, rule.status)}</td>
              <td className={CELL}>
                {rule.publish ? `published after ${rule.holdSeconds} s` : "draft"}, at most one email per {rule.announceEveryMinutes} min
                {rule.resolveIncident ? ", resolved with the alert" : ""}
              </td>
              <td className={`${CELL} text-right`}>
                {canWrite && (
                  <RowAction action={removeAlertRuleAction} fields={{ ruleId: rule.id }} verb="delete" subject={rule.matchers} />
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      {canWrite && !i.revokedAt && (
        <div className="border-t border-slate-200 px-4 py-3 dark:border-slate-800">
          <RuleForm action={addAlertRuleAction} integrationId={i.id} components={components} />
        </div>
      )}
      <h3 className="px-4 pt-2 text-sm font-semibold">Unmatched alerts</h3>
      {i.unmatched.length === 0 ? (
        <p className="px-4 py-2 pb-3 text-sm text-slate-600 dark:text-slate-400">None.</p>
      ) : (
        <ul className="divide-y divide-slate-200 px-4 pb-3 text-sm dark:divide-slate-800" data-testid="unmatched-alerts">
          {i.unmatched.map((u) => (
            <li key={u.fingerprint} className="py-2">
              <span className="font-medium">{u.title}</span> · {u.count}× · last{" "}
              <LocalTime iso={u.lastSeenAt.toISOString()} format="relative" />
              <code className="mt-1 block text-xs break-all text-slate-600 dark:text-slate-400">
                {Object.entries(u.labels)
                  .map(([k, v]) => `${k}="${v}"`)
                  .join(", ")}
              </code>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
