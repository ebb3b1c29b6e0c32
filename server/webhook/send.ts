import type { SendFailure } from "@/server/delivery/retry-policy";
import { signWebhook } from "./signature";

export type WebhookRequest = { url: string; secret: string; messageId: string; body: string };
export type WebhookResult = { ok: true; status: number } | { ok: false; status: number | null; failure: SendFailure };

export const USER_AGENT = "StatusPage-Webhooks/1.0";

const excerpt = async (response: Response) => (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200);

/**
 * POSTs one signed delivery. 2xx is success. 410 Gone means "stop sending": permanent, and the
 * endpoint gets switched off. Everything else — other statuses, redirects (not followed, so a
 * signed body never lands somewhere the admin did not choose), timeouts, refused connections —
 * is transient and retried with backoff.
 */
export async function sendWebhook(request: WebhookRequest, timeoutMs: number): Promise<WebhookResult> {
  const headers = signWebhook(request.secret, request.messageId, request.body);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": USER_AGENT, ...headers },
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const detail = e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
    const reason =
      e.name === "TimeoutError"
        ? `no answer within ${timeoutMs / 1000} s`
        : detail === "bad port"
          ? "this port is blocked for HTTP clients (fetch's bad-port list); use another port"
          : detail;
    return { ok: false, status: null, failure: { kind: "transient", bounce: false, reason } };
  }
  const { status } = response;
  if (status >= 200 && status < 300) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: true, status };
  }
  if (status >= 300 && status < 400) {
    await response.body?.cancel().catch(() => undefined);
    const reason = `HTTP ${status}: redirect to ${response.headers.get("location") ?? "?"} not followed; update the endpoint's URL`;
    return { ok: false, status, failure: { kind: "transient", bounce: false, reason } };
  }
  const text = await excerpt(response);
  const reason = `HTTP ${status}${text ? `: ${text}` : ""}`;
  return { ok: false, status, failure: { kind: status === 410 ? "permanent" : "transient", bounce: false, reason } };
}
