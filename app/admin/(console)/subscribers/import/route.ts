import { errorResponse } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { assertSameOrigin } from "@/server/auth/same-origin";
import { ValidationError } from "@/server/errors";
import { importSubscribers } from "@/server/subscriber";

/** Text chunks of an upload as they arrive: the import never holds the raw file in memory. */
async function* textChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

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
