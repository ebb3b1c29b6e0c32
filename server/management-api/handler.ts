import { jsonNestingDepth, MAX_JSON_DEPTH } from "@/lib/json-depth";
import { errorResponse } from "@/server/action-result";
import { authenticateToken } from "@/server/api-token";
import type { Ctx } from "@/server/context";
import { getDb } from "@/server/db";
import { TooManyRequestsError, ValidationError } from "@/server/errors";

type Params = Record<string, string>;
type Work = (args: { ctx: Ctx; body: Record<string, unknown>; url: URL; params: Params; request: Request }) => Promise<unknown>;

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * One adapter for every management API route: bearer token → actor, JSON body, the domain verb
 * (which authorizes and validates exactly as the console's actions do), JSON answer or JSON error
 * with field messages (401, 403, 404, 409, 422, 429).
 */
/** `rawBody`: the route reads the request body itself (a CSV upload), so no JSON is expected. */
export function apiRoute(work: Work, options: { status?: number; rawBody?: boolean } = {}) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const ctx: Ctx = { db: getDb(), actor: await authenticateToken(getDb(), request.headers.get("authorization")) };
      const body = request.method === "GET" || request.method === "DELETE" || options.rawBody ? {} : await jsonBody(request);
      const result = await work({ ctx, body, url: new URL(request.url), params: await context.params, request });
      if (result === undefined) return new Response(null, { status: 204, headers: NO_STORE });
      return Response.json({ data: result }, { status: options.status ?? 200, headers: NO_STORE });
    } catch (error) {
      const response = errorResponse(error);
      response.headers.set("Cache-Control", "no-store");
      if (error instanceof TooManyRequestsError) response.headers.set("Retry-After", String(error.retryAfter));
      return response;
    }
  };
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  if (!request.headers.get("content-type")?.includes("application/json")) {
    throw ValidationError.field("body", "Send JSON with Content-Type: application/json");
  }
  const parsed = parseJsonText(await request.text());
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw ValidationError.field("body", "Send a JSON object");
  return parsed as Record<string, unknown>;
}

/** JSON text → value, refusing (as field `body`) what nests deeper than MAX_JSON_DEPTH before parsing, or is not JSON. */
export function parseJsonText(text: string): unknown {
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) throw ValidationError.field("body", `The JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw ValidationError.field("body", "The body is not valid JSON");
  }
}
