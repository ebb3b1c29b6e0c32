const ORIGIN = "http://same-site.invalid";

/**
 * The `next` destination after signing in, honoured only for a path on this site: an absolute or
 * protocol-relative URL (`//evil.example`, `/\evil.example`) falls back to `fallback`.
 */
export function safeNextPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" or "/\t/evil" would leave the site.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, ORIGIN);
    if (url.origin !== ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** Where a signed-out visitor is sent, remembering the page they asked for. */
export function loginPath(next: string): string {
  const safe = safeNextPath(next);
  return safe === "/admin" ? "/admin/login" : `/admin/login?next=${encodeURIComponent(safe)}`;
}
