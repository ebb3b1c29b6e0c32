import { labelOf } from "@/lib/domain/labels";
import { fill, messages, type Catalog, type Language } from "@/lib/i18n";
import { localeOf } from "@/lib/i18n/languages";
import { formatDateTime } from "@/lib/time/format";
import { pageLanguage } from "@/server/public/page-language";
import { escapeHtml } from "@/lib/escape-html";
import type { PublicIncident, PublicMaintenance, PublicSnapshot } from "@/server/public/snapshot-types";
import { markdownToSafeHtml } from "./markdown-html";

export type FeedEntry = {
  /** Stable across edits and slug changes: built from the record id. */
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  /** Sanitized HTML: every update, newest first, with its status label. */
  html: string;
  summary: string;
  category: "incident" | "maintenance";
};

/** Entries in a feed at most; older ones stay on the history page. */
export const FEED_LIMIT = 50;

const newestFirst = <T extends { displayAt: string }>(updates: T[]) =>
  [...updates].sort((a, b) => Date.parse(b.displayAt) - Date.parse(a.displayAt));

const latest = (dates: Array<string | null | undefined>, fallback: string) =>
  new Date(Math.max(...[fallback, ...dates].filter((d): d is string => !!d).map((d) => Date.parse(d))));

type Update = { status: string; body: string; displayAt: string };

// English keeps the RFC 1123 form feeds have always shown; other languages read the date in their own words.
const utcDate = (iso: string, lang: Language) =>
  lang === "en" ? new Date(iso).toUTCString() : formatDateTime(iso, { timeZone: "UTC", locale: localeOf(lang) });

type Words = { lang: Language; all: Catalog };

function updatesHtml(updates: Update[], labels: Readonly<Record<string, string>>, baseUrl: string, lang: Language): string {
  return newestFirst(updates)
    .map((u) => {
      const label = escapeHtml(labelOf(labels, u.status));
      const at = utcDate(u.displayAt, lang);
      return `<h3>${label} <small>(${escapeHtml(at)})</small></h3>\n${markdownToSafeHtml(u.body, baseUrl)}`;
    })
    .join("\n");
}

function incidentEntry(incident: PublicIncident, baseUrl: string, { lang, all }: Words): FeedEntry {
  const status = labelOf(all.incidentStatus, incident.status);
  const components = incident.components.map((c) => c.name).join(", ");
  const summary = [status, labelOf(all.impact, incident.impact), components && fill(all.feed.affected, { names: components })]
    .filter(Boolean)
    .join(" · ");
  const postmortem = incident.postmortem
    ? `<h3>${escapeHtml(all.feed.postmortem)}</h3>\n${markdownToSafeHtml(incident.postmortem.body, baseUrl)}\n`
    : "";
  return {
    id: `${baseUrl}/incidents/${encodeURIComponent(incident.id)}`,
    title: `${incident.title} [${status}]`,
    link: `${baseUrl}/incidents/${encodeURIComponent(incident.slug)}`,
    published: new Date(incident.publishedAt),
    updated: latest(
      [incident.updatedAt, incident.postmortem?.publishedAt, ...incident.updates.map((u) => u.displayAt)],
      incident.publishedAt,
    ),
    html: `<p>${escapeHtml(summary)}</p>\n${postmortem}${updatesHtml(incident.updates, all.incidentStatus, baseUrl, lang)}`,
    summary,
    category: "incident",
  };
}

function maintenanceEntry(m: PublicMaintenance, baseUrl: string, { lang, all }: Words): FeedEntry {
  const status = labelOf(all.maintenanceStatus, m.status);
  const window = fill(all.feed.scheduled, { start: utcDate(m.scheduledStart, lang), end: utcDate(m.scheduledEnd, lang) });
  const components = m.components.map((c) => c.name).join(", ");
  const summary = [fill(all.feed.maintenance, { status }), window, components && fill(all.feed.affected, { names: components })]
    .filter(Boolean)
    .join(" · ");
  const first = [...m.updates].sort((a, b) => Date.parse(a.displayAt) - Date.parse(b.displayAt))[0];
  const published = first?.displayAt ?? m.scheduledStart;
  const body = m.body.trim() ? `${markdownToSafeHtml(m.body, baseUrl)}\n` : "";
  return {
    // Kept from before maintenance had a page of its own: readers key entries on it.
    id: `${baseUrl}/history#maintenance-${encodeURIComponent(m.id)}`,
    title: `${fill(all.feed.maintenanceTitle, { title: m.title })} [${status}]`,
    link: `${baseUrl}/maintenance/${encodeURIComponent(m.slug)}`,
    published: new Date(published),
    updated: latest([m.startedAt, m.completedAt, ...m.updates.map((u) => u.displayAt)], published),
    html: `<p>${escapeHtml(summary)}</p>\n${body}${updatesHtml(m.updates, all.maintenanceStatus, baseUrl, lang)}`,
    summary,
    category: "maintenance",
  };
}

/** Published incidents and maintenance of the snapshot, most recently updated first. */
export function feedEntries(snapshot: PublicSnapshot, baseUrl: string): FeedEntry[] {
  const { active, upcoming, past } = snapshot.maintenance;
  const lang = pageLanguage(snapshot);
  const words = { lang, all: messages(lang) };
  const entries = [
    ...snapshot.recentIncidents.map((incident) => incidentEntry(incident, baseUrl, words)),
    ...[...active, ...upcoming, ...past].map((m) => maintenanceEntry(m, baseUrl, words)),
  ];
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id)).slice(0, FEED_LIMIT);
}
