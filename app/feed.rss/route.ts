import { buildRssFeed } from "@/server/feeds/build-feed";
import { PUBLIC_CACHE, publicBaseUrl, unavailableResponse } from "@/server/feeds/public-http";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

export async function GET(): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse();
  const xml = buildRssFeed(view.snapshot, publicBaseUrl(view.snapshot));
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE } });
}
