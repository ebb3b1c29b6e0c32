import { errorResponse } from "@/server/action-result";
import { getActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getDeliveryDashboard } from "@/server/delivery/admin";

export const dynamic = "force-dynamic";

/** GET [?event=<id>] → the deliveries page's data (the page polls it while mail is pending). Session cookie; admin:read. */
export async function GET(request: Request): Promise<Response> {
  try {
    const ctx = { db: getDb(), actor: await getActor(request.headers) };
    const eventId = new URL(request.url).searchParams.get("event") ?? undefined;
    const dashboard = await getDeliveryDashboard({ ctx, input: { eventId } });
    return Response.json(dashboard, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
