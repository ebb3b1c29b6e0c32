import type { NextRequest } from "next/server";
import { NOT_FOUND_BADGE, statusBadge, UNAVAILABLE_BADGE } from "@/server/badge/badge-status";
import { badgeSvg } from "@/server/badge/badge-svg";
import { BADGE_CACHE } from "@/lib/cache-policy.mjs";
import { unavailableResponse } from "@/server/feeds/public-http";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

const SVG = "image/svg+xml; charset=utf-8";

/** `/badge.svg` for the whole page, `/badge.svg?component=<id>` for one component or group. */
export async function GET(request: NextRequest): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse(badgeSvg(UNAVAILABLE_BADGE), SVG);
  const badge = statusBadge(view.snapshot, request.nextUrl.searchParams.get("component"));
  const headers = {
    "Content-Type": SVG,
    "Cache-Control": BADGE_CACHE,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  };
  if (!badge) return new Response(badgeSvg(NOT_FOUND_BADGE), { status: 404, headers });
  return new Response(badgeSvg(badge), { headers });
}
