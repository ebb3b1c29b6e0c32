import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { ImpactBadge } from "@/components/public/impact-badge";
import { labelOf } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n";
import { UpdateTimeline } from "@/components/public/update-timeline";
import { WindowTimeline } from "@/components/public/window-timeline";
import { LocalTime } from "@/components/time/local-time";
import { buttonClass } from "@/components/ui/button";
import { subscribeHref } from "@/lib/public-links";
import { findPublicIncident } from "@/server/public/find-incident";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const [{ slug }, view] = await Promise.all([props.params, readPublicSnapshot()]);
  if (!view) return null;
  return { incident: await findPublicIncident(view.snapshot, decodeURIComponent(slug)), snapshot: view.snapshot };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  return { title: found?.incident?.title ?? messages(pageLanguage(found?.snapshot)).incident.notFound };
}

export default async function IncidentPage(props: Props) {
  const found = await load(props);
  if (!found) return null;
  const { incident, snapshot } = found;
  if (!incident) notFound();
  const lang = pageLanguage(snapshot);
  const all = messages(lang);
  const m = all.incident;
  const [publishedBefore, publishedAfter = ""] = m.published.split("{date}");
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm">
          <a href="/history" className="text-blue-700 hover:underline dark:text-blue-400">
            {m.back}
          </a>
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{incident.title}</h1>
          <ImpactBadge impact={incident.impact} lang={lang} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">{m.status}</dt>
          <dd className="font-medium">{labelOf(all.incidentStatus, incident.status)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">{m.started}</dt>
          <dd>
            <LocalTime iso={incident.startedAt} format="datetime" />
          </dd>
          {incident.resolvedAt && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{m.resolved}</dt>
              <dd>
                <LocalTime iso={incident.resolvedAt} format="datetime" />
              </dd>
            </>
          )}
          {incident.components.length > 0 && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{m.affected}</dt>
              <dd>{incident.components.map((c) => c.name).join(", ")}</dd>
            </>
          )}
        </dl>
        {incident.status !== "resolved" && (
          <p className="flex flex-wrap items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
            <a href={subscribeHref(incident.slug)} className={buttonClass("secondary", "sm")}>
              {all.follow.link}
            </a>
            <span>{all.follow.linkHint}</span>
          </p>
        )}
      </header>
      {incident.windows.length > 0 && (
        <section aria-labelledby="windows" className="flex flex-col gap-3">
          <h2 id="windows" className="text-lg font-semibold">
            {m.windows}
          </h2>
          <WindowTimeline windows={incident.windows} now={snapshot.generatedAt} lang={lang} />
        </section>
      )}
      <section aria-labelledby="updates" className="flex flex-col gap-4">
        <h2 id="updates" className="text-lg font-semibold">
          {m.updates}
        </h2>
        <UpdateTimeline updates={incident.updates} lang={lang} />
      </section>
      {incident.postmortem && (
        <section aria-labelledby="postmortem" className="flex flex-col gap-3 border-t border-slate-200 pt-8 dark:border-slate-800">
          <h2 id="postmortem" className="text-lg font-semibold">
            {m.postmortem}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {publishedBefore}
            <LocalTime iso={incident.postmortem.publishedAt} format="date" />
            {publishedAfter}
          </p>
          <Markdown source={incident.postmortem.body} />
        </section>
      )}
    </article>
  );
}
