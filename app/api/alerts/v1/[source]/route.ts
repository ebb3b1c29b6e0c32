import { errorResponse } from "@/server/action-result";
import { ALERT_SOURCES, authenticateIntegration, receiveAlerts } from "@/server/alert";
import { getDb } from "@/server/db";
import { NotFoundError, TooManyRequestsError, ValidationError } from "@/server/errors";
import { parseJsonText } from "@/server/management-api/handler";

const MAX_BYTES = 1_000_000;
const NO_STORE = { "Cache-Control": "no-store" };

/**
 * POST /api/alerts/v1/alertmanager | grafana | generic with the integration's bearer token: the
 * native webhook payload of each. 202 with what was queued; 422 naming the fields, or when no rule
 * takes any alert (those are kept under Unmatched alerts); 401 for a wrong or revoked token.
 */
export async function POST(request: Request, context: { params: Promise<{ source: string }> }): Promise<Response> {
  try {
    const asked = (await context.params).source;
    const source = ALERT_SOURCES.find((name) => name === asked);
    if (!source) throw NotFoundError.withMessage(`Unknown alert source: use ${ALERT_SOURCES.join(", ")}`);
    const db = getDb();
    const actor = await authenticateIntegration(db, request.headers.get("authorization"), source);
    const text = await request.text();
    if (text.length > MAX_BYTES) throw ValidationError.field("body", "The payload is larger than 1 MB");
    const report = await receiveAlerts({ ctx: { db, actor }, input: { body: parseJsonText(text) } });
    return Response.json({ data: report }, { status: 202, headers: NO_STORE });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", "no-store");
    if (error instanceof TooManyRequestsError) response.headers.set("Retry-After", String(error.retryAfter));
    return response;
  }
}
