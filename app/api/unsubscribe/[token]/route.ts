import { toFailure } from "@/server/action-result";
import { NotFoundError, ValidationError } from "@/server/errors";
import { publicCtx, unsubscribe } from "@/server/subscriber";

type Params = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * RFC 8058 one-click unsubscribe, what mail clients POST to from the List-Unsubscribe header
 * (body "List-Unsubscribe=One-Click"). No cookies, no redirect, idempotent; the token is the
 * credential, so any POST with a known token unsubscribes.
 */
export async function POST(_request: Request, { params }: Params): Promise<Response> {
  const manageToken = (await params).token;
  try {
    await unsubscribe({ ctx: publicCtx(), input: { manageToken } });
    return text("You are unsubscribed.\n", 200);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) return text("Unknown unsubscribe link.\n", 404);
    const failure = toFailure(error);
    return text(`${failure.error}\n`, failure.status);
  }
}

/** A person who opens the URL gets the page that asks first (a GET never unsubscribes). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { token } = await params;
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
  });
}
