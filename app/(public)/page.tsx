import { connection } from "next/server";
import { ComponentList } from "@/components/status/component-list";
import { StatusBanner } from "@/components/status/status-banner";
import { getDb } from "@/server/db";
import { getPublicStatus } from "@/server/status/get-public-status";

export default async function StatusPage() {
  // Read at request time for now; the cached snapshot (no database per request) comes with the full page.
  await connection();
  const status = await getPublicStatus(getDb());
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8 px-4 py-10 sm:py-14">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{status.pageName}</h1>
      </header>
      <main className="flex flex-col gap-8">
        <StatusBanner overall={status.overall} />
        {status.openIncidents.length > 0 && (
          <section aria-labelledby="open-incidents">
            <h2 id="open-incidents" className="mb-3 text-lg font-semibold">Active incidents</h2>
            <ul className="flex flex-col gap-2">
              {status.openIncidents.map((incident) => (
                <li key={incident.id} data-incident={incident.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                  <p className="font-medium">{incident.title}</p>
                  <p className="text-sm capitalize text-slate-600 dark:text-slate-400">{incident.status}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="components">
          <h2 id="components" className="mb-3 text-lg font-semibold">Components</h2>
          <ComponentList rows={status.rows} />
        </section>
      </main>
      <footer className="text-xs text-slate-500 dark:text-slate-400">
        Updated <time dateTime={status.generatedAt}>{status.generatedAt.replace("T", " ").slice(0, 16)} UTC</time>
      </footer>
    </div>
  );
}
