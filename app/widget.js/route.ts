import { widgetScript } from "@/server/badge/widget-script";
import { BADGE_CACHE } from "@/lib/cache-policy.mjs";
import { unavailableResponse } from "@/server/feeds/public-http";
import { publicBaseUrl } from "@/server/public/public-url";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { fromSnapshot } from "@/server/public/snapshot-memo";

const JS = "text/javascript; charset=utf-8";

/** `<script src="/widget.js" async>`: a status pill on other sites, in a shadow root; see README "Feeds and badges". */
export async function GET(): Promise<Response> {
  const view = await readPublicSnapshot();
  // Browsers do not run a script answered with 503: the host page simply shows no pill.
  if (!view) return unavailableResponse("/* Status temporarily unavailable */\n", JS);
  const base = publicBaseUrl(view.snapshot);
  return new Response(
    fromSnapshot(view.snapshot, `widget:${base}`, () => widgetScript(view.snapshot, base)),
    {
      headers: {
        "Content-Type": JS,
        "Cache-Control": BADGE_CACHE,
        "X-Content-Type-Options": "nosniff",
        "Access-Control-Allow-Origin": "*",
        // Loadable by host pages that require CORP (Cross-Origin-Embedder-Policy: require-corp).
        "Cross-Origin-Resource-Policy": "cross-origin",
      },
    },
  );
}
