"use client";

import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { ImpactBadge } from "@/components/public/impact-badge";
import { useLanguage } from "@/components/i18n/language";
import { LocalTime } from "@/components/time/local-time";
import { messages, plural } from "@/lib/i18n";
import { queryTerms, searchHistory, type HistoryEntry, type HistoryIndex } from "@/lib/history-search";

type Choice = { id: string; slug: string; name: string };
type Props = {
  components: Choice[];
  /** The filtered component's slug, or null for all. */
  current: string | null;
  /** Where each filter leads (slug, or "" for all): computed on the server, which knows the mirror's spellings. */
  hrefs: Record<string, string>;
  /** The month-by-month list, shown when there is no search. */
  children: ReactNode;
};

/** `results: null`: the index could not be loaded. */
type Found = { query: string; results: HistoryEntry[] | null };

const noSubscription = () => () => {};
const queryInUrl = () => new URLSearchParams(window.location.search).get("q")?.trim().slice(0, 200) ?? "";

const withQuery = (href: string, query: string) =>
  query ? `${href}${href.includes("?") ? "&" : "?"}q=${encodeURIComponent(query)}` : href;

/**
 * Filter by component (a page of its own, rendered once per snapshot) and search by text (in the browser,
 * over /history.json): the URL keeps both, so a search can be shared and survives a reload.
 */
export function HistorySearch({ components, current, hrefs, children }: Props) {
  // The query lives in the URL only: read after hydration (the server render is the same for every query).
  const query = useSyncExternalStore(noSubscription, queryInUrl, () => "");
  const [found, setFound] = useState<Found | null>(null);
  const lang = useLanguage();
  const t = messages(lang).history;
  const currentId = components.find((c) => c.slug === current)?.id ?? null;

  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    fetch("/history.json")
      .then((response) => (response.ok ? (response.json() as Promise<HistoryIndex>) : Promise.reject(new Error(String(response.status)))))
      .then((index) => !cancelled && setFound({ query, results: searchHistory(index, queryTerms(query), currentId) }))
      .catch(() => !cancelled && setFound({ query, results: null }));
    return () => {
      cancelled = true;
    };
  }, [query, currentId]);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const slug = String(form.get("component") ?? "");
    const query = String(form.get("q") ?? "").trim();
    window.location.assign(withQuery(hrefs[slug] ?? hrefs[""]!, query));
  };

  const settled = found?.query === query ? found : null;
  const results = settled?.results ?? null;
  const failed = settled !== null && settled.results === null;
  return (
    <>
      <form role="search" action="/history" method="get" onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.component}
          <select
            name="component"
            defaultValue={current ?? ""}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="">{t.allComponents}</option>
            {components.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm font-medium">
          {t.search}
          <input
            type="search"
            name="q"
            key={query}
            defaultValue={query}
            maxLength={200}
            placeholder={t.placeholder}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {t.filter}
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {failed ? t.unavailable : results ? plural(lang, t.results, results.length, { query }) : query ? t.searching : ""}
        {query && (
          <>
            {" "}
            <a href={hrefs[current ?? ""] ?? hrefs[""]} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
              {t.clear}
            </a>
          </>
        )}
      </p>
      {results ? (
        <ul className="flex flex-col gap-3" aria-label={t.resultsLabel}>
          {results.map((entry) => (
            <li
              key={`${entry.kind}:${entry.slug}`}
              data-result={entry.slug}
              className="border-l-4 border-l-slate-300 pl-4 dark:border-l-slate-600"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <a
                  href={`/${entry.kind === "incident" ? "incidents" : "maintenance"}/${entry.slug}`}
                  className="font-medium hover:underline"
                >
                  {entry.title}
                </a>
                {entry.impact ? (
                  <ImpactBadge impact={entry.impact} lang={lang} />
                ) : (
                  <span className="text-xs text-slate-600 dark:text-slate-400">{messages(lang).maintenance.tag}</span>
                )}
              </div>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <LocalTime iso={entry.startedAt} format="datetime" />
                {entry.components.length > 0 && ` · ${entry.components.join(", ")}`}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        children
      )}
    </>
  );
}
