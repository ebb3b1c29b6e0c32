import type { NextRequest } from "next/server";
import { PUBLIC_CACHE } from "@/lib/cache-policy.mjs";
import { buildMaintenanceCalendar, shownComponent } from "@/server/feeds/ical";
import { unavailableResponse } from "@/server/feeds/public-http";
import { publicBaseUrl } from "@/server/public/public-url";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { fromSnapshot } from "@/server/public/snapshot-memo";

const ICS = "text/calendar; charset=utf-8";

/** `/maintenance.ics` for the page, `/maintenance.ics?component=<id>` for one component: rendered once per snapshot. */
export async function GET(request: NextRequest): Promise<Response> {
  const view = await readPublicSnapshot();
  if (!view) return unavailableResponse();
  const component = request.nextUrl.searchParams.get("component");
  const only = component === null ? undefined : shownComponent(view.snapshot, component);
  if (only === null) return new Response("No such component.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const base = publicBaseUrl(view.snapshot);
  const body = fromSnapshot(view.snapshot, `ics:${base}:${component ?? ""}`, () => buildMaintenanceCalendar(view.snapshot, base, only));
  return new Response(body, {
    headers: { "Content-Type": ICS, "Cache-Control": PUBLIC_CACHE, "Content-Disposition": 'inline; filename="maintenance.ics"' },
  });
}
