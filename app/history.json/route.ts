import { PUBLIC_CACHE } from "@/lib/cache-policy.mjs";
import { unavailableResponse } from "@/server/feeds/public-http";
import { buildHistoryIndex } from "@/server/public/history-index";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { fromSnapshot } from "@/server/public/snapshot-memo";

/** The history page's search index: rendered once per snapshot, searched in the browser. */
export async function GET(): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse();
  const body = fromSnapshot(view.snapshot, "history-index", () => JSON.stringify(buildHistoryIndex(view.snapshot)));
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": PUBLIC_CACHE } });
}
