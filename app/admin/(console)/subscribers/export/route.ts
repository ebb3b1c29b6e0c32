import { errorResponse } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { exportSubscribers } from "@/server/subscriber";

/** CSV download of every subscriber, streamed in batches. The verb checks the role first. */
export async function GET(): Promise<Response> {
  try {
    const rows = await exportSubscribers({ ctx: await getAdminCtx() });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="subscribers-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
