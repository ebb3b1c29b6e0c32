import type { Metadata } from "next";
import Link from "next/link";
import { pill } from "@/components/admin/incidents/labels";
import { INCIDENT_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { PageHeader } from "@/components/admin/page-header";
import { ImpactBadge } from "@/components/public/impact-badge";
import { LocalTime } from "@/components/time/local-time";
import { buttonClass } from "@/components/ui/button";
import { can, requireAdminPage } from "@/server/auth/session";
import { listIncidents } from "@/server/incident/list-incidents";

export const metadata: Metadata = { title: "Incidents" };

const FILTERS = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "draft", label: "Drafts" },
  { value: "resolved", label: "Resolved" },
] as const;

type Props = { searchParams: Promise<{ status?: string }> };

export default async function IncidentsPage({ searchParams }: Props) {
  const ctx = await requireAdminPage();
  const requested = (await searchParams).status;
  const status = FILTERS.some((f) => f.value === requested) ? requested! : "all";
  const incidents = await listIncidents({ ctx, input: { status: status as "all" } });
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Drafts and open incidents first, then resolved ones, newest first."
        actions={
          can(ctx, "incident:write") && (
            <Link href="/admin/incidents/new" className={buttonClass("primary")}>
              New incident
            </Link>
          )
        }
      />
      <div className="flex flex-col gap-4">
        <nav aria-label="Filter incidents" className="flex gap-1 text-sm">
          {FILTERS.map((f) => (
            <Link
              key={f.value}
              href={f.value === "all" ? "/admin/incidents" : `/admin/incidents?status=${f.value}`}
              aria-current={status === f.value ? "page" : undefined}
              className="rounded-md px-3 py-1 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-white dark:aria-[current=page]:text-slate-900"
            >
              {f.label}
            </Link>
          ))}
        </nav>
        {incidents.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No incidents here.</p>
        ) : (
          <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-700 dark:bg-slate-900 dark:text-slate-300">
                <tr>
                  <th className="px-3 py-2">Incident</th>
                  <th className="px-3 py-2">Status</th>
                  <th className="px-3 py-2">Impact</th>
                  <th className="px-3 py-2">Components</th>
                  <th className="px-3 py-2">Started</th>
                  <th className="px-3 py-2">Resolved</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {incidents.map((i) => (
                  <tr key={i.id} className="hover:bg-slate-50 dark:hover:bg-slate-900/60">
                    <td className="px-3 py-2">
                      <Link href={`/admin/incidents/${i.id}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                        {i.title}
                      </Link>
                      {i.postmortem && (
                        <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                          {i.postmortem.publishedAt ? "postmortem" : "postmortem draft"}
                        </span>
                      )}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {i.publishedAt ? (
                        <span className={i.resolvedAt ? "text-slate-700 dark:text-slate-300" : "font-semibold"}>
                          {labelOf(INCIDENT_STATUS_LABEL, i.status)}
                        </span>
                      ) : (
                        <span className={`${pill} bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200`}>Draft</span>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      <ImpactBadge impact={i.impact} />
                    </td>
                    <td
                      className="max-w-64 truncate px-3 py-2 text-slate-700 dark:text-slate-300"
                      title={i.components.map((c) => c.component.name).join(", ")}
                    >
                      {i.components.map((c) => c.component.name).join(", ") || "—"}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <LocalTime iso={i.startedAt.toISOString()} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{i.resolvedAt ? <LocalTime iso={i.resolvedAt.toISOString()} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
