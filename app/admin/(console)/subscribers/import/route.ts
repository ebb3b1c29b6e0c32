import { errorResponse } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { assertSameOrigin } from "@/server/auth/same-origin";
import { ValidationError } from "@/server/errors";
import { importSubscribers } from "@/server/subscriber";
import { textChunks } from "@/lib/text-chunks";

/**
 * CSV upload: the request body is the file (or pasted text) itself, read as a stream. Thin adapter:
 * same-origin check (cookie-authenticated), session context, one verb; 202 with the queued import.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const ctx = await getAdminCtx();
    if (!request.body) throw ValidationError.field("csv", "Choose a CSV file or paste its contents");
    const job = await importSubscribers({ ctx, input: { csv: textChunks(request.body) } });
    return Response.json(job, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
