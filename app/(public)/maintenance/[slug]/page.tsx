import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { labelOf } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { LocalTime } from "@/components/time/local-time";
import { findPublicMaintenance } from "@/server/public/find-maintenance";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const [{ slug }, view] = await Promise.all([props.params, readPublicSnapshot()]);
  if (!view) return null;
  return { maintenance: findPublicMaintenance(view.snapshot, decodeURIComponent(slug)), lang: pageLanguage(view.snapshot) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  return { title: found?.maintenance?.title ?? messages(found?.lang ?? "en").maintenance.notFound };
}

/** One maintenance: its window, what it affects, the notice and its updates (links in emails, feeds, webhooks, the API). */
export default async function MaintenancePage(props: Props) {
  const found = await load(props);
  if (!found) return null;
  const { maintenance, lang } = found;
  const all = messages(lang);
  const m = all.maintenance;
  if (!maintenance) notFound();
  const done = maintenance.status === "completed";
  return (
    <article className="flex flex-col gap-8" data-maintenance={maintenance.slug}>
      <header className="flex flex-col gap-3">
        <p className="text-sm">
          <a href={done ? "/history" : "/"} className="text-blue-700 hover:underline dark:text-blue-400">
            {done ? m.backHistory : m.backStatus}
          </a>
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{maintenance.title}</h1>
          <span className="rounded-full border border-blue-700 px-2 py-0.5 text-xs font-medium text-blue-800 dark:border-blue-400 dark:text-blue-300">
            {labelOf(all.maintenanceStatus, maintenance.status)}
          </span>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">{m.scheduled}</dt>
          <dd>
            <LocalTime iso={maintenance.scheduledStart} format="datetime" /> –{" "}
            <LocalTime iso={maintenance.scheduledEnd} format="datetime" />
          </dd>
          {maintenance.startedAt && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{m.started}</dt>
              <dd>
                <LocalTime iso={maintenance.startedAt} format="datetime" />
              </dd>
            </>
          )}
          {maintenance.completedAt && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{m.completed}</dt>
              <dd>
                <LocalTime iso={maintenance.completedAt} format="datetime" />
              </dd>
            </>
          )}
          {maintenance.components.length > 0 && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{m.affects}</dt>
              <dd>{maintenance.components.map((c) => c.name).join(", ")}</dd>
            </>
          )}
        </dl>
      </header>
      {maintenance.body && <Markdown source={maintenance.body} />}
      {maintenance.updates.length > 0 && (
        <section aria-labelledby="updates" className="flex flex-col gap-4">
          <h2 id="updates" className="text-lg font-semibold">
            {m.updates}
          </h2>
          <UpdateTimeline updates={maintenance.updates} kind="maintenance" lang={lang} />
        </section>
      )}
    </article>
  );
}
