import { PUBLIC_CACHE } from "@/lib/cache-policy.mjs";
import { publicBaseUrl } from "@/server/public/public-url";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { type V2Endpoint, v2Payload } from "./endpoints";

const CORS = { "Access-Control-Allow-Origin": "*" };

/** A GET handler answering one v2 endpoint from the in-memory public snapshot (no database work per request). */
export function v2Get(endpoint: V2Endpoint) {
  return async function GET(): Promise<Response> {
    const view = await readPublicSnapshot();
    const payload = view ? v2Payload(endpoint, view.snapshot, publicBaseUrl(view.snapshot)) : null;
    if (payload === null) {
      return Response.json(
        { error: "The status is not available yet. Try again shortly." },
        { status: 503, headers: { ...CORS, "Cache-Control": "no-store", "Retry-After": "5" } },
      );
    }
    return Response.json(payload, { headers: { ...CORS, "Cache-Control": PUBLIC_CACHE } });
  };
}

/** CORS preflight: any origin may read the API. */
export function v2Options(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}
