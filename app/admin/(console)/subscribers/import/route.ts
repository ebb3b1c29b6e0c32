import { errorResponse } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { assertSameOrigin } from "@/server/auth/same-origin";
import { ValidationError } from "@/server/errors";
import { importSubscribers } from "@/server/subscriber";
import { textChunks } from "@/lib/text-chunks";

/**
 * CSV import: the request body is the file (or pasted text) itself, read as a stream. Thin adapter:
 * same-origin check (cookie-authenticated), session context, one verb, JSON report or error.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const ctx = await getAdminCtx();
    if (!request.body) throw ValidationError.field("csv", "Choose a CSV file or paste its contents");
    const report = await importSubscribers({ ctx, input: { csv: textChunks(request.body) } });
    return Response.json(report);
  } catch (error) {
    return errorResponse(error);
  }
}
