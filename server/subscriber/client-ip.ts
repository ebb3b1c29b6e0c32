/**
 * The visitor's address for rate limits: the first X-Forwarded-For hop (set by the reverse proxy
 * in front of the app, as better-auth reads it too), else X-Real-IP. Without either, all
 * such visitors share one bucket, which errs on the side of limiting.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
