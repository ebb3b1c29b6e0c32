import { fromSnapshot } from "@/server/public/snapshot-memo";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { buildAtomFeed, buildRssFeed } from "./build-feed";
import { PUBLIC_CACHE } from "@/lib/cache-policy.mjs";
import { publicBaseUrl } from "@/server/public/public-url";
import { unavailableResponse } from "./public-http";

const FEEDS = {
  rss: { build: buildRssFeed, type: "application/rss+xml; charset=utf-8" },
  atom: { build: buildAtomFeed, type: "application/atom+xml; charset=utf-8" },
};

/** /feed.rss and /feed.atom: rendered once per snapshot (about 4 ms each), then served from memory. */
export async function feedResponse(kind: keyof typeof FEEDS): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse();
  const base = publicBaseUrl(view.snapshot);
  const { build, type } = FEEDS[kind];
  const xml = fromSnapshot(view.snapshot, `${kind}:${base}`, () => build(view.snapshot, base));
  return new Response(xml, { headers: { "Content-Type": type, "Cache-Control": PUBLIC_CACHE } });
}
