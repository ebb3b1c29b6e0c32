import { Feed } from "feed";
import { escapeHtml } from "@/lib/escape-html";
import type { PublicSnapshot } from "@/server/public/snapshot-types";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { feedEntries, type FeedEntry } from "./feed-entries";
import { FEED_PATHS } from "./public-http";

// XML 1.0 forbids most control characters; a stray one in an update body would make the whole feed unreadable.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const clean = (text: string) => text.replace(NOT_XML, "");
// Text placed in CDATA sections: the generator splits only the first "]]>", so none may remain.
const cdataHtml = (html: string) => clean(html).replaceAll("]]>", "]]&gt;");
function createFeed(snapshot: PublicSnapshot, baseUrl: string): Feed {
  const entries = feedEntries(snapshot, baseUrl);
  const name = clean(snapshot.page.name);
  const lang = pageLanguage(snapshot);
  const t = messages(lang).feed;
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(snapshot.generatedAt));
  const feed = new Feed({
    id: `${baseUrl}/`,
    // "Acme Status status" reads badly: pages are often named "… Status" already.
    title: /\bstatus$/i.test(name) ? name : fill(t.title, { name }),
    description: fill(t.description, { name }),
    link: `${baseUrl}/`,
    language: lang,
    updated,
    generator: "statuspage (https://github.com/jpmonette/feed)",
    feedLinks: { rss: `${baseUrl}${FEED_PATHS.rss}`, atom: `${baseUrl}${FEED_PATHS.atom}` },
    author: { name, link: `${baseUrl}/` },
    ...(snapshot.page.logoUrl ? { image: snapshot.page.logoUrl } : {}),
  });
  for (const entry of entries) feed.addItem(toItem(entry));
  return feed;
}

function toItem(entry: FeedEntry) {
  // Escaped in both formats: Atom declares type="html", and many RSS readers render <title> as HTML
  // too, so a raw "<b>" in an incident title would become markup there.
  const title = cdataHtml(escapeHtml(entry.title));
  return {
    title,
    id: entry.id,
    guid: entry.id,
    link: entry.link,
    date: entry.updated,
    published: entry.published,
    description: cdataHtml(escapeHtml(entry.summary)),
    content: cdataHtml(entry.html),
    category: [{ name: entry.category, term: entry.category }],
  };
}

/** RSS 2.0 of the snapshot's incidents and maintenance. `baseUrl` has no trailing slash. */
export function buildRssFeed(snapshot: PublicSnapshot, baseUrl: string): string {
  return createFeed(snapshot, baseUrl).rss2();
}

/** Atom 1.0 of the snapshot's incidents and maintenance. `baseUrl` has no trailing slash. */
export function buildAtomFeed(snapshot: PublicSnapshot, baseUrl: string): string {
  return createFeed(snapshot, baseUrl).atom1();
}
