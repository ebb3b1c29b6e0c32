import { errorResponse } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { getSubscriberImport } from "@/server/subscriber";

/** The console polls an import's progress here while the worker runs it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const ctx = await getAdminCtx();
    const job = await getSubscriberImport({ ctx, input: { importId: (await params).id } });
    return Response.json(job, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
