import { env } from "@/lib/env";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { type V2Endpoint, v2Payload } from "./endpoints";

// Same caching as the public pages (next.config.js): a CDN may keep answers for 5 s and serve them if we fail.
export const V2_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

const CORS = { "Access-Control-Allow-Origin": "*" };

/** A GET handler answering one v2 endpoint from the in-memory public snapshot (no database work per request). */
export function v2Get(endpoint: V2Endpoint) {
  return async function GET(): Promise<Response> {
    const view = await readPublicSnapshot();
    const payload = view ? v2Payload(endpoint, view.snapshot, env.baseUrl) : null;
    if (payload === null) {
      return Response.json(
        { error: "The status is not available yet. Try again shortly." },
        { status: 503, headers: { ...CORS, "Cache-Control": "no-store", "Retry-After": "5" } },
      );
    }
    return Response.json(payload, { headers: { ...CORS, "Cache-Control": V2_CACHE_CONTROL } });
  };
}

/** CORS preflight: any origin may read the API. */
export function v2Options(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS, "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Max-Age": "86400" },
  });
}
