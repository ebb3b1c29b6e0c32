// URL policy for rendered markdown. Browser-safe and dependency-free so it can be unit tested and reused (e.g. by
// an admin preview or email rendering).

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop C0 controls and spaces at the ends of a URL and tabs/newlines anywhere in it, so "java\tscript:" or
// " javascript:" still run script. Compare against that normalized form.
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

const LINK_SCHEMES = new Set(["http", "https", "mailto"]);
const IMAGE_SCHEMES = new Set(["http", "https"]);

function scheme(url: string): string | null {
  const compact = url.replace(IGNORED_BY_BROWSERS, "");
  // A colon after "/", "?" or "#" belongs to a relative URL's path, query or fragment, not to a scheme.
  const match = SCHEME.exec(compact);
  if (match) return match[1]!.toLowerCase();
  // Anything else that contains a colon before the first "/", "?" or "#" (e.g. "&#0;javascript:" leftovers or
  // "%6Aavascript:") is not a scheme a browser will honour as such, but it is not a plain path either: refuse it.
  const colon = compact.indexOf(":");
  if (colon === -1) return null;
  const end = compact.search(/[/?#]/);
  return end !== -1 && end < colon ? null : "invalid";
}

/** A link target that is safe to put in href (http, https, mailto or relative), or "" when it is not. */
export function safeHref(url: string): string {
  const value = url.trim();
  if (value === "") return "";
  const found = scheme(value);
  if (found === null) return value;
  return LINK_SCHEMES.has(found) ? value : "";
}

/** An image source that is safe to load: absolute http(s) only, or "" otherwise. */
export function safeImageSrc(url: string): string {
  const value = url.trim();
  const found = scheme(value);
  return found !== null && IMAGE_SCHEMES.has(found) ? value : "";
}

/**
 * Whether a (safe) href leaves the page. Every absolute http(s) URL counts as external, and so does a
 * protocol-relative one ("//host", or "/\host" which browsers read the same way).
 */
export function isExternalHref(href: string): boolean {
  const compact = href.replace(IGNORED_BY_BROWSERS, "");
  return /^https?:/i.test(compact) || /^[\\/]{2}/.test(compact);
}
