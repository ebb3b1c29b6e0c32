import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { LocalTime } from "@/components/time/local-time";
import { requireAdminPage } from "@/server/auth/session";
import { listImports, type ImportRun } from "@/server/statuspage-import";

export const metadata: Metadata = { title: "Imports" };

const counts = (c: { created: number; updated: number; unchanged?: number; skipped?: unknown[] }) =>
  [
    `${c.created} new`,
    `${c.updated} updated`,
    c.unchanged !== undefined ? `${c.unchanged} unchanged` : null,
    c.skipped?.length ? `${c.skipped.length} left out` : null,
  ]
    .filter(Boolean)
    .join(", ");

export default async function ImportsPage() {
  const ctx = await requireAdminPage();
  const runs = await listImports({ ctx });
  return (
    <>
      <PageHeader
        title="Imports"
        description="Pages moved here from Atlassian Statuspage: groups, components, past incidents with their timelines and maintenance. Run the import again at any time; it updates what changed and never adds anything twice."
      />
      <Panel title="How to import" className="mb-6">
        <div className="px-4 py-3 text-sm text-slate-700 dark:text-slate-300">
          <p>
            On the server, with the page&apos;s public address or a folder holding its saved summary.json, incidents.json and
            scheduled-maintenances.json:
          </p>
          <pre className="mt-2 overflow-x-auto rounded bg-slate-100 px-3 py-2 text-xs dark:bg-slate-800">
            npm run import:statuspage -- https://status.example.com
          </pre>
          <p className="mt-2">Imported incidents are published and resolved as they were, and announced to nobody.</p>
        </div>
      </Panel>
      {runs.length === 0 ? <EmptyState title="Nothing imported yet" /> : runs.map((run) => <RunPanel key={run.id} run={run} />)}
    </>
  );
}

function RunPanel({ run }: { run: ImportRun }) {
  const { report } = run;
  const skipped = [...report.incidents.skipped, ...report.maintenance.skipped];
  return (
    <Panel title={`${run.page}${run.url ? ` (${run.url})` : ""}`} className="mb-4">
      <div className="px-4 py-3 text-sm text-slate-700 dark:text-slate-300">
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <LocalTime iso={run.at.toISOString()} format="relative" /> by {run.by}
        </p>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Groups</dt>
          <dd>{counts(report.groups)}</dd>
          <dt className="font-medium">Components</dt>
          <dd>{counts(report.components)}</dd>
          <dt className="font-medium">Incidents</dt>
          <dd>{counts(report.incidents)}</dd>
          <dt className="font-medium">Maintenance</dt>
          <dd>{counts(report.maintenance)}</dd>
        </dl>
        {skipped.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-xs">
            {skipped.map((s) => (
              <li key={s.id}>
                {s.name}: {s.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Panel>
  );
}
