import { errorResponse } from "@/server/action-result";
import { assertSameOrigin } from "@/server/auth/same-origin";
import { getActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { inviteUser } from "@/server/team";

/** POST { email, role } → 201 { invitation, link, emailed }. Session cookie; the verb checks the role (403 otherwise). */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    if (!request.headers.get("content-type")?.includes("application/json")) {
      return Response.json({ error: "Send JSON (Content-Type: application/json)" }, { status: 415 });
    }
    const ctx = { db: getDb(), actor: await getActor(request.headers) };
    const input = await request.json().catch(() => ({}));
    const { invitation, link, emailed } = await inviteUser({ ctx, input });
    return Response.json({ invitation, link, emailed }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
