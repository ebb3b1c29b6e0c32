import { MAX_ATTEMPTS } from "@/lib/domain/delivery-limits";

/**
 * What a failed send means, from nodemailer's error: 5xx from the server is permanent (a 5xx on
 * the recipient also means the address bounced); 4xx and connection/timeout errors are
 * transient and retried with exponential backoff and jitter, at most MAX_ATTEMPTS times.
 */
export { MAX_ATTEMPTS };
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** `retryAfterMs`: the receiver asked us to wait at least this long (HTTP Retry-After on 429 or 503). */
export type SendFailure = { kind: "transient" | "permanent"; bounce: boolean; reason: string; retryAfterMs?: number };

const CONNECTION_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET", "EPIPE", "EAUTH"]);

export function classifySendError(error: unknown): SendFailure {
  const e = error as { responseCode?: number; code?: string; command?: string; message?: string; response?: string };
  const reason = (e?.response || e?.message || String(error)).slice(0, 500);
  const status = typeof e?.responseCode === "number" ? e.responseCode : null;
  if (status !== null && status >= 500 && status < 600) {
    // A 5xx answer to RCPT TO (or EENVELOPE) is about this address: it bounced.
    const aboutRecipient = e.command === "RCPT TO" || e.code === "EENVELOPE";
    return { kind: "permanent", bounce: aboutRecipient, reason };
  }
  if (status !== null && status >= 400 && status < 500) return { kind: "transient", bounce: false, reason };
  if (e?.code && CONNECTION_CODES.has(e.code)) return { kind: "transient", bounce: false, reason };
  // Unknown failures (e.g. a rendering bug) are retried, bounded like the rest: nothing is dropped silently.
  return { kind: "transient", bounce: false, reason };
}

/** Delay before attempt `attempts + 1`: base·2^(attempts−1), capped, with "equal jitter" (½ to 1×). */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/**
 * An HTTP Retry-After value (delay-seconds or an HTTP-date) in milliseconds from `now`, capped at the
 * longest backoff (a receiver cannot park a delivery for days); null when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now = new Date()): number | null {
  const text = value?.trim();
  if (!text) return null;
  // Seconds, or an HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse alone would take "1.5" for a date.
  const httpDate = /^[A-Za-z]{3}, .+ GMT$/.test(text);
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : httpDate ? Date.parse(text) - now.getTime() : NaN;
  if (!Number.isFinite(ms)) return null;
  return Math.min(MAX_DELAY_MS, Math.max(0, ms));
}

/** The wait before the next attempt: our backoff, or longer when the receiver asked for longer. */
export function nextAttemptDelayMs(attempts: number, failure: SendFailure, delay: (attempts: number) => number = retryDelayMs): number {
  return Math.max(delay(attempts), failure.retryAfterMs ?? 0);
}

const CONNECT_COMMANDS = new Set(["CONN", "EHLO", "HELO", "LHLO", "STARTTLS"]);

/**
 * Whether a send failed at the connection level (refused, timed out, TLS, authentication, 421
 * "service not available", a connection dropped) rather than on an answer about this message
 * (4xx/5xx to MAIL/RCPT/DATA). Such failures go to the SMTP circuit, not to the message's attempts.
 */
export function isConnectionFailure(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string; command?: string };
  if (e?.responseCode === 421) return true;
  if (
    typeof e?.responseCode === "number" &&
    e.responseCode >= 400 &&
    !CONNECT_COMMANDS.has(e.command ?? "") &&
    !e.command?.startsWith("AUTH")
  )
    return false;
  if (e?.code === "EAUTH" || e?.code === "ETLS" || e?.code === "EDNS") return true;
  return Boolean(e?.code && CONNECTION_CODES.has(e.code)) || CONNECT_COMMANDS.has(e?.command ?? "");
}
