import fc from "fast-check";
import type { KnownIds } from "./targets";
import { headerValue, jsonText, percentEncode, urlPart, weirdText, weirdValue } from "./values";

// The pieces requests are made of: form fields and values, bodies, headers, public paths, methods.

export const CROSS_ORIGINS = [
  "https://evil.example",
  "null",
  "http://127.0.0.1.evil.example",
  "http://localhost:1",
  "file://",
  "http://[::1",
  "%ff",
];

// The form fields the console and the public forms post, so generated forms reach the verbs' validation.
export const FIELDS = [
  "title",
  "body",
  "name",
  "description",
  "email",
  "status",
  "impact",
  "componentIds",
  "componentId",
  "groupId",
  "incidentId",
  "updateId",
  "windowId",
  "maintenanceId",
  "subscriberId",
  "endpointId",
  "userId",
  "notificationId",
  "token",
  "manageToken",
  "password",
  "confirmPassword",
  "currentPassword",
  "newPassword",
  "role",
  "scope",
  "expiresInDays",
  "url",
  "events",
  "severity",
  "startedAt",
  "endedAt",
  "resolvedAt",
  "displayAt",
  "scheduledStart",
  "scheduledEnd",
  "startDate",
  "notify",
  "intent",
  "mode",
  "publish",
  "showcase",
  "collapsed",
  "onlyShowIfDegraded",
  "autoStart",
  "autoComplete",
  "notifyOnSchedule",
  "notifyOnStart",
  "notifyOnEnd",
  "paused",
  "reason",
  "message",
  "enabled",
  "pageName",
  "publicUrl",
  "timeZone",
  "senderName",
  "senderEmail",
  "replyTo",
  "logoUrl",
  "keepStatuses",
  "lock",
  "position",
  "components",
  "windows",
  "backfill",
  "updates",
];
const ENUMS = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
  "investigating",
  "identified",
  "monitoring",
  "resolved",
  "none",
  "minor",
  "major",
  "critical",
  "degraded",
  "partial",
  "owner",
  "admin",
  "editor",
  "viewer",
  "read",
  "write",
  "on",
  "true",
  "false",
  "publish",
  "draft",
  "backfill",
  "auto",
  "bounced",
  "complained",
  "incident",
  "maintenance",
  "component",
  "UTC",
  "Europe/Berlin",
  "Mars/Olympus",
  "2026-01-01T00:00",
  "2026-01-01T00:00:00Z",
  "1999-12-31",
  "https://example.com/hook",
  "http://127.0.0.1:1/hook",
  "ops@example.com",
  "Ops+1@Example.COM",
  "a@b",
];

export function pick<T>(items: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...items);
}

/** A value for a field: an existing id or slug, an enum word, a weird string. */
export function fieldValue(known: KnownIds): fc.Arbitrary<string> {
  const real = [...known.ids, ...known.slugs, ...known.tokens];
  return fc.oneof(
    { weight: 3, arbitrary: real.length > 0 ? pick(real) : weirdText },
    { weight: 3, arbitrary: pick(ENUMS) },
    { weight: 4, arbitrary: weirdText },
  );
}

export function form(known: KnownIds): fc.Arbitrary<Array<[string, string]>> {
  const name = fc.oneof(
    { weight: 8, arbitrary: pick(FIELDS) },
    { weight: 2, arbitrary: known.ids.length > 0 ? pick(known.ids).map((id) => `component.${id}`) : pick(FIELDS) },
    { weight: 1, arbitrary: weirdText.map((s) => s.slice(0, 64)) },
  );
  return fc.array(fc.tuple(name, fieldValue(known)), { maxLength: 8 });
}

// ---- bodies ----

const boundary = "----fuzz7MA4YWxkTrZu0gW";
export function multipart(fields: Array<[string, string | Buffer]>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n`),
      Buffer.from(value),
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}
export const MULTIPART = `multipart/form-data; boundary=${boundary}`;

const urlencoded = (fields: Array<[string, string]>) => fields.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&");

const brokenMultipart = fc.constantFrom(
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"x"]`),
  Buffer.from(`--${boundary}--`),
  Buffer.from("--other\r\n\r\n"),
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../x"\r\nContent-Type: text/csv\r\n\r\n\u0000\u0001\r\n--${boundary}--\r\n`,
  ),
  Buffer.alloc(0),
);

/** Any body with a content type that may or may not fit it. */
export function anyBody(known: KnownIds): fc.Arbitrary<{ type?: string; body: string | Buffer }> {
  return fc.oneof(
    { weight: 3, arbitrary: jsonText.map((body) => ({ type: "application/json", body })) },
    { weight: 2, arbitrary: form(known).map((fields) => ({ type: "application/x-www-form-urlencoded", body: urlencoded(fields) })) },
    { weight: 2, arbitrary: form(known).map((fields) => ({ type: MULTIPART, body: multipart(fields) })) },
    { weight: 1, arbitrary: brokenMultipart.map((body) => ({ type: MULTIPART, body })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          jsonText,
          pick([
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "text/plain; charset=utf-16",
            "application/json; charset=latin1",
            "application/x-www-form-urlencoded; charset=ebcdic",
            "text/csv",
            "image/svg+xml",
            "*/*",
            "",
          ]),
        )
        .map(([body, type]) => ({ type, body })),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((bytes) => ({ body: Buffer.from(bytes) })) },
  );
}

// ---- headers ----

const junk = headerValue;
const HEADER_ENTRIES: Array<fc.Arbitrary<[string, string]>> = [
  fc.tuple(fc.constant("rsc"), fc.oneof(pick(["1", "0", "", "true"]), junk)),
  fc.tuple(
    fc.constant("next-router-state-tree"),
    fc.oneof(
      pick(["%5B%22%22%2C%7B%7D%5D", "[", "%ZZ", "%5B%5D", '["",{"children":["__PAGE__",{}]},null,null,true]']),
      junk,
      weirdValue.map((v) => percentEncode(JSON.stringify(v) ?? "")),
    ),
  ),
  fc.tuple(fc.constant("next-router-prefetch"), pick(["1", "2", ""])),
  fc.tuple(fc.constant("next-router-segment-prefetch"), fc.oneof(pick(["/_tree", "/_full", "/__PAGE__", ""]), junk)),
  fc.tuple(fc.constant("next-url"), fc.oneof(pick(["/", "/admin", "//evil.example"]), junk)),
  fc.tuple(fc.constant("next-action"), fc.oneof(pick(["x", "0", "00", "7f" + "0".repeat(40)]), junk)),
  fc.tuple(fc.constant("next-hmr-refresh"), pick(["1"])),
  fc.tuple(
    fc.constant("accept-encoding"),
    fc.oneof(
      pick(["gzip;q=abc, br;q=-1", "*;q=NaN", "identity;q=0, *;q=0", "br, br, gzip;q=1.5", "", ",,,,", "zstd", "x-gzip;q=1e21"]),
      junk,
    ),
  ),
  fc.tuple(
    fc.constant("accept"),
    fc.oneof(pick(["text/x-component", "application/json;q=x", "*/*;q=-1", "text/html, text/x-component", "image/*"]), junk),
  ),
  fc.tuple(
    fc.constant("cookie"),
    fc.oneof(
      fc.integer({ min: 100, max: 15_000 }).map((n) => `a=${"x".repeat(n)}`),
      pick([
        "better-auth.session_token=junk",
        "better-auth.session_token=%ff%fe",
        "__Secure-better-auth.session_token=a.b",
        "=;=;;",
        'a="',
        "__proto__=1; constructor=2",
      ]),
      junk,
    ),
  ),
  fc.tuple(fc.constant("if-none-match"), fc.oneof(pick(['"*"', "*", 'W/"x"', '"', ",,"]), junk)),
  fc.tuple(
    fc.constant("if-modified-since"),
    fc.oneof(pick(["Thu, 01 Jan 1970 00:00:00 GMT", "yesterday", "-1", "Fri, 31 Dec 275760 00:00:00 GMT"]), junk),
  ),
  fc.tuple(fc.constant("range"), fc.oneof(pick(["bytes=0-0", "bytes=-1", "bytes=abc", "bytes=5-1", "bytes=0-1,2-3,4-5"]), junk)),
  fc.tuple(
    fc.constant("content-type"),
    fc.oneof(
      pick([
        "application/json",
        "text/plain;charset=UTF-8",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "application/x-www-form-urlencoded",
      ]),
      junk,
    ),
  ),
  fc.tuple(fc.constant("x-forwarded-for"), fc.oneof(pick(["1.2.3.4, 127.0.0.1", "::1", "999.999.999.999", "unknown", ""]), junk)),
  fc.tuple(fc.constant("x-forwarded-host"), fc.oneof(pick(["evil.example", "127.0.0.1:1", ""]), junk)),
  fc.tuple(fc.constant("x-forwarded-proto"), fc.oneof(pick(["https", "javascript", ""]), junk)),
  fc.tuple(
    fc.constant("x-middleware-subrequest"),
    pick(["middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy", "src/middleware"]),
  ),
  fc.tuple(fc.constant("x-nextjs-data"), pick(["1"])),
  fc.tuple(
    pick([
      "x-invoke-path",
      "x-invoke-query",
      "x-matched-path",
      "x-now-route-matches",
      "x-invoke-status",
      "x-middleware-prefetch",
      "x-prerender-revalidate",
    ]),
    junk,
  ),
  fc.tuple(fc.constant("origin"), fc.oneof(pick(CROSS_ORIGINS), junk)),
  fc.tuple(fc.constant("authorization"), fc.oneof(pick(["Bearer ", "Bearer spk_x", "Basic Og==", "Bearer " + "x".repeat(5_000)]), junk)),
  fc.tuple(fc.constant("expect"), pick(["100-continue", "foo"])),
  fc.tuple(fc.constant("user-agent"), junk),
];

export const junkHeaders = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(...HEADER_ENTRIES), { minLength: 1, maxLength: 3 })
      .map((entries) => Object.fromEntries(entries) as Record<string, string>),
  },
);

// ---- paths ----

export const withQuery = fc
  .option(fc.tuple(pick(["page", "component", "q", "x", "__proto__", "next", "limit", "cursor", "status"]), urlPart), { nil: undefined })
  .map((query) => (query ? `?${query[0]}=${query[1]}` : ""));

export const PUBLIC_PATHS: Array<fc.Arbitrary<string>> = [
  fc.constant("/"),
  urlPart.map((p) => `/history?page=${p}`),
  pick(["1e21", "0", "-1", "1.5", "99999999999", "2", "0x2", "%", "%ff", "1&page=2"]).map((p) => `/history?page=${p}`),
  urlPart.map((p) => `/history/page/${p}`),
  urlPart.map((p) => `/incidents/${p}`),
  urlPart.map((p) => `/maintenance/${p}`),
  fc
    .tuple(
      pick(["incidents", "maintenance", "badge", "history/page", "subscription"]),
      pick(["%", "%ff%fe", "%00", "..%2f", "%2e%2e", "a%2fb", "%c0%ae", "%ed%a0%80"]),
    )
    .map(([base, p]) => `/${base}/${p}`),
  fc
    .oneof(
      pick([
        "summary",
        "status",
        "components",
        "incidents",
        "incidents/unresolved",
        "scheduled-maintenances",
        "scheduled-maintenances/upcoming",
        "scheduled-maintenances/active",
        "nope",
        "../v2/status",
      ]),
      urlPart,
    )
    .map((p) => `/api/v2/${p}.json`),
  pick([
    "/feed.rss",
    "/feed.atom",
    "/widget.js",
    "/embed",
    "/badge.svg",
    "/api/health",
    "/favicon.ico",
    "/robots.txt",
    "/.env",
    "/_global-error",
    "/_not-found",
    "/subscribe",
    "*",
    "http://evil.example/",
    "//evil.example/",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/admin/../api/v2/status.json",
    "/_next/image?url=/&w=1&q=1",
    "/_next/image?url=http://127.0.0.1:22/&w=64&q=75",
    "/_next/data/x/index.json",
    "/__nextjs_original-stack-frame",
    "/_next/webpack-hmr",
  ]),
  urlPart.map((p) => `/badge.svg?component=${p}`),
  urlPart.map((p) => `/badge/${p}.svg`),
  urlPart.map((p) => `/_next/static/${p}`),
  urlPart.map((p) => `/_next/image?url=${p}&w=${p}&q=${p}`),
  urlPart.map((p) => `/subscribe/confirm/${p}`),
  urlPart.map((p) => `/subscription/${p}`),
  urlPart.map((p) => `/unsubscribe/${p}`),
  urlPart.map((p) => `/api/unsubscribe/${p}`),
  urlPart.map((p) => `/${p}`),
  fc.tuple(urlPart, urlPart).map(([a, b]) => `/${a}/${b}`),
];

export const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant("GET") },
  { weight: 2, arbitrary: fc.constant("HEAD") },
  {
    weight: 3,
    arbitrary: pick([
      "POST",
      "PUT",
      "DELETE",
      "PATCH",
      "OPTIONS",
      "TRACE",
      "PROPFIND",
      "MKCOL",
      "PURGE",
      "M-SEARCH",
      "get",
      "BREW",
      "SEARCH",
      "QUERY",
    ]),
  },
);
