import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { parseRetryAfter, type SendFailure } from "@/server/delivery/retry-policy";
import { BlockedAddressError, guardedLookup, isPrivateAddress, literalHost } from "./address-guard";
import { signWebhook } from "./signature";

export type WebhookRequest = { url: string; secret: string; messageId: string; body: string };
export type WebhookResult = { ok: true; status: number } | { ok: false; status: number | null; failure: SendFailure };
export type SendOptions = {
  timeoutMs: number;
  /** Receivers on loopback and private networks (WEBHOOK_ALLOW_PRIVATE). */ allowPrivate: boolean;
};

export const USER_AGENT = "StatusPage-Webhooks/1.0";
const EXCERPT = 200;

type Answer = { status: number; location: string | undefined; retryAfter: string | undefined; excerpt: string };

/** One POST with node:http(s), whose `lookup` hook lets the private-address check see the address actually dialled. */
function post(url: URL, headers: Record<string, string>, body: string, options: SendOptions): Promise<Answer> {
  // A literal IP is dialled without a lookup: check it here.
  const host = literalHost(url);
  if (!options.allowPrivate && host && isPrivateAddress(host)) return Promise.reject(new BlockedAddressError(host));
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: "POST",
      headers: { ...headers, "Content-Length": Buffer.byteLength(body) },
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
    });
    req.on("error", reject);
    req.on("response", (response: IncomingMessage) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
        // Only the start is kept for the log; the rest is not waited for.
        if (text.length >= EXCERPT) response.destroy();
      });
      const done = () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          retryAfter: response.headers["retry-after"],
          excerpt: text.replace(/\s+/g, " ").trim().slice(0, EXCERPT),
        });
      response.on("end", done);
      response.on("close", done);
      response.on("error", done);
    });
    req.end(body);
  });
}

const transient = (status: number | null, reason: string, retryAfterMs?: number | null): WebhookResult => ({
  ok: false,
  status,
  failure: { kind: "transient", bounce: false, reason, ...(retryAfterMs != null ? { retryAfterMs } : {}) },
});

// Rate limited (Slack, Discord and Teams answer 429) or briefly unavailable: the receiver may say when to come back.
const ASKS_TO_WAIT = [429, 503];

/**
 * POSTs one signed delivery. 2xx is success. 410 Gone means "stop sending": permanent, and the
 * endpoint gets switched off. Everything else — other statuses, redirects (not followed, so a
 * signed body never lands somewhere the admin did not choose), timeouts, refused connections,
 * private addresses when they are not allowed — is transient and retried with backoff.
 */
export async function sendWebhook(request: WebhookRequest, options: SendOptions): Promise<WebhookResult> {
  const headers = {
    "Content-Type": "application/json",
    "User-Agent": USER_AGENT,
    ...signWebhook(request.secret, request.messageId, request.body),
  };
  return postJson(request.url, headers, request.body, options);
}

/**
 * One JSON POST, classified: 2xx is success; a status in `gone` (default 410) is permanent; anything
 * else (other statuses, redirects, which are never followed, timeouts, refused connections, private
 * addresses when not allowed) is transient and retried with backoff.
 */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: SendOptions & { gone?: number[] },
): Promise<WebhookResult> {
  let answer: Answer;
  try {
    answer = await post(new URL(url), headers, body, options);
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string };
    if (e.name === "AbortError" || e.name === "TimeoutError") return transient(null, `no answer within ${options.timeoutMs / 1000} s`);
    if (error instanceof BlockedAddressError) return transient(null, `not sent: ${error.message}`);
    return transient(null, e.code ? `${e.code}: ${e.message}` : (e.message ?? String(error)));
  }
  const { status } = answer;
  if (status >= 200 && status < 300) return { ok: true, status };
  if (status >= 300 && status < 400)
    return transient(status, `HTTP ${status}: redirect to ${answer.location ?? "?"} not followed; update the URL`);
  const reason = `HTTP ${status}${answer.excerpt ? `: ${answer.excerpt}` : ""}`;
  if ((options.gone ?? [410]).includes(status)) return { ok: false, status, failure: { kind: "permanent", bounce: false, reason } };
  const wait = ASKS_TO_WAIT.includes(status) ? parseRetryAfter(answer.retryAfter) : null;
  return transient(status, wait === null ? reason : `${reason} (asked to retry after ${Math.round(wait / 1000)} s)`, wait);
}
