import type { Metadata } from "next";
import Link from "next/link";
import { AdminIcon } from "@/components/admin/icons";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState, StatCard } from "@/components/admin/stat-card";
import { ImpactBadge } from "@/components/public/impact-badge";
import { STATUS_STYLE } from "@/components/status/status-style";
import { LocalTime } from "@/components/time/local-time";
import { buttonClass } from "@/components/ui/button";
import { can, requireAdminPage } from "@/server/auth/session";
import { getDashboardSummary } from "@/server/dashboard/get-dashboard-summary";
import { COMPONENT_STATUS_LABEL, INCIDENT_STATUS_LABEL, labelOf, MAINTENANCE_STATUS_LABEL } from "@/lib/domain/labels";
import { ComponentStatus } from "@/lib/domain/status-schemas";

export const metadata: Metadata = { title: "Dashboard" };

const ROW = "flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5";
const LINK =
  "font-medium text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-100";

export default async function DashboardPage() {
  const ctx = await requireAdminPage();
  const summary = await getDashboardSummary({ ctx });
  const canIncident = can(ctx, "incident:write");
  const canMaintenance = can(ctx, "maintenance:write");
  const affected = summary.degradedComponents.length;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={canIncident ? "What needs attention right now." : "What needs attention right now. You have read-only access."}
        actions={
          <>
            {canMaintenance && (
              <Link href="/admin/maintenance" className={buttonClass("secondary")}>
                Schedule maintenance
              </Link>
            )}
            {canIncident && (
              <Link href="/admin/incidents/new" className={buttonClass("primary")}>
                <AdminIcon name="plus" />
                Declare incident
              </Link>
            )}
          </>
        }
      />

      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label="Open incidents"
          value={summary.openIncidents.count}
          tone={summary.openIncidents.count ? "critical" : "neutral"}
          href="/admin/incidents"
        />
        <StatCard
          label="Components affected"
          value={affected}
          detail={`of ${summary.componentCount}`}
          tone={affected ? "warning" : "neutral"}
          href="/admin/components"
        />
        <StatCard
          label="Maintenance ahead"
          value={summary.maintenance.count}
          tone={summary.maintenance.count ? "info" : "neutral"}
          href="/admin/maintenance"
        />
        <StatCard label="Draft incidents" value={summary.draftIncidents} tone="neutral" href="/admin/incidents" />
      </div>

      {summary.drafts.length > 0 && (
        <Panel title="Drafts to review" className="mt-6">
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {summary.drafts.map((draft) => (
              <li key={draft.id} className="flex items-start justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <Link href={`/admin/incidents/${draft.id}`} className={LINK}>
                    {draft.title}
                  </Link>
                  <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    Draft, not public · opened <LocalTime iso={draft.createdAt.toISOString()} format="relative" />
                  </p>
                </div>
                <ImpactBadge impact={draft.impact} />
              </li>
            ))}
          </ul>
        </Panel>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Panel title="Open incidents" className="lg:col-span-2">
          {summary.openIncidents.items.length === 0 ? (
            <EmptyState ok title="No open incidents">
              Everything published is resolved.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {summary.openIncidents.items.map((incident) => (
                <li key={incident.id} className="px-4 py-3">
                  <div className="flex items-start justify-between gap-3">
                    <Link href={`/admin/incidents/${incident.id}`} className={`${LINK} min-w-0`}>
                      {incident.title}
                    </Link>
                    <ImpactBadge impact={incident.impact} />
                  </div>
                  <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    <span className="font-medium text-slate-800 dark:text-slate-200">
                      {labelOf(INCIDENT_STATUS_LABEL, incident.status)}
                    </span>
                    {" · Started "}
                    <LocalTime iso={incident.startedAt.toISOString()} format="relative" />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {summary.openIncidents.count > summary.openIncidents.items.length && (
            <p className="border-t border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
              <Link href="/admin/incidents" className={LINK}>
                All {summary.openIncidents.count} open incidents →
              </Link>
            </p>
          )}
        </Panel>

        <Panel title="Components not operational">
          {affected === 0 ? (
            <EmptyState ok title={`All ${summary.componentCount} components operational`} />
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {summary.degradedComponents.map((component) => {
                const status = ComponentStatus.catch("operational").parse(component.status);
                return (
                  <li key={component.id} className="flex items-baseline justify-between gap-3 px-4 py-2.5 text-sm">
                    <span className="min-w-0 font-medium break-words">{component.name}</span>
                    <span className={`inline-flex shrink-0 items-center gap-1 text-xs font-medium ${STATUS_STYLE[status].text}`}>
                      <span aria-hidden="true">{STATUS_STYLE[status].icon}</span>
                      {COMPONENT_STATUS_LABEL[status]}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>

        <Panel title="Maintenance" className="lg:col-span-3">
          {summary.maintenance.items.length === 0 ? (
            <EmptyState title="No maintenance scheduled" />
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {summary.maintenance.items.map((item) => (
                <li key={item.id} className={ROW}>
                  <span className="inline-flex shrink-0 items-center rounded-full border border-blue-600 px-2 py-0.5 text-xs font-medium text-blue-800 dark:border-blue-400 dark:text-blue-200">
                    {labelOf(MAINTENANCE_STATUS_LABEL, item.status)}
                  </span>
                  <Link href={`/admin/maintenance#m-${item.id}`} className={`${LINK} min-w-0 flex-1 truncate`}>
                    {item.title}
                  </Link>
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    <LocalTime iso={item.scheduledStart.toISOString()} /> –{" "}
                    <LocalTime iso={item.scheduledEnd.toISOString()} format="time" />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}
