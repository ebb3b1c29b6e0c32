import { createHash } from "node:crypto";
import type { PlainResponse } from "./encoded-response";

/** On every response: no MIME sniffing, no full URLs leaked to other sites, HTTPS remembered when served over it. */
export function baselineHeaders(https: boolean): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "strict-origin-when-cross-origin"],
    // Only the embed may be framed, and it is a cached answer with its own policy.
    ["x-frame-options", "DENY"],
  ];
  if (https) headers.push(["strict-transport-security", "max-age=31536000; includeSubDomains"]);
  return headers;
}

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Logos and markdown images may live anywhere on the web; nothing else loads from elsewhere.
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** For a page rendered once and served to everyone: its own inline scripts by hash, so no nonce is needed. */
export function cachedPageCsp(html: string): string {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.add(`'sha256-${createHash("sha256").update(match[1]!).digest("base64")}'`);
  }
  return [`script-src 'self' ${[...hashes].join(" ")}`.trim(), ...COMMON].join("; ");
}

/** For pages Next renders per request (console, forms): a fresh nonce each time. */
export function nonceCsp(nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, ...COMMON].join("; ");
}

/**
 * A cached answer with the security headers: HTML gets a hash-based CSP (and no framing) unless its
 * route set a policy of its own (`/embed` may be framed anywhere); everything gets the baseline.
 */
export function withSecurityHeaders(plain: PlainResponse, https: boolean): PlainResponse {
  const has = (name: string) => plain.headers.some(([n]) => n === name);
  const type = plain.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  const ownPolicy = has("content-security-policy");
  const headers = [
    ...plain.headers,
    ...baselineHeaders(https).filter(([name]) => !has(name) && !(ownPolicy && name === "x-frame-options")),
  ];
  if (type.startsWith("text/html") && !ownPolicy) headers.push(["content-security-policy", cachedPageCsp(plain.body.toString("utf8"))]);
  return { ...plain, headers };
}
