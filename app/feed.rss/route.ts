import { buildRssFeed } from "@/server/feeds/build-feed";
import { PUBLIC_CACHE, publicBaseUrl, unavailableResponse } from "@/server/feeds/public-http";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { fromSnapshot } from "@/server/public/snapshot-memo";

export async function GET(): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse();
  const base = publicBaseUrl(view.snapshot);
  const xml = fromSnapshot(view.snapshot, `rss:${base}`, () => buildRssFeed(view.snapshot, base));
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE } });
}
