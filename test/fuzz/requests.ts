import fc from "fast-check";
import type { FuzzContext, FuzzRequest } from "./request-types";
import type { KnownIds } from "./targets";
import {
  CROSS_ORIGINS,
  FIELDS,
  MULTIPART,
  PUBLIC_PATHS,
  anyBody,
  fieldValue,
  form,
  junkHeaders,
  method,
  multipart,
  pick,
  withQuery,
} from "./parts";
import { nearValidRequest } from "./templates";
import { headerValue, jsonText, urlPart, weirdText, weirdValue } from "./values";

export type { FuzzContext, FuzzRequest } from "./request-types";

function withBody(req: FuzzRequest, body: { type?: string; body: string | Buffer } | null): FuzzRequest {
  if (!body || req.method === "GET" || req.method === "HEAD") return req;
  return { ...req, body: body.body, headers: body.type === undefined ? req.headers : { "content-type": body.type, ...req.headers } };
}

// ---- the kinds of request ----

function publicRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(method, fc.oneof(...PUBLIC_PATHS), withQuery, junkHeaders, fc.option(anyBody(ctx.known), { nil: null }), fc.boolean())
    .map(([m, path, query, headers, body, signedIn]) =>
      withBody(
        {
          kind: "public",
          method: m,
          path: path.includes("?") ? path : path + query,
          headers: signedIn ? { cookie: ctx.ownerCookie, ...headers } : headers,
        },
        body,
      ),
    );
}

/** Every route of the build, its `[params]` filled with existing ids and junk, as a visitor or the owner. */
function routeRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const param = fc.oneof(
    { weight: 2, arbitrary: ctx.known.ids.length > 0 ? pick(ctx.known.ids) : urlPart },
    {
      weight: 1,
      arbitrary: pick([
        "start",
        "verify",
        "complete",
        "cancel",
        "test",
        "retry",
        "rotate",
        "enable",
        "disable",
        "publish",
        "constructor",
        "__proto__",
        "toString",
        "valueOf",
        "hasOwnProperty",
      ]),
    },
    { weight: 2, arbitrary: urlPart },
  );
  return fc
    .tuple(
      pick(ctx.routes),
      fc.array(param, { minLength: 3, maxLength: 3 }),
      method,
      withQuery,
      junkHeaders,
      fc.option(anyBody(ctx.known), { nil: null }),
      fc.nat(3),
    )
    .map(([route, params, m, query, headers, body, auth]) => {
      let i = 0;
      const path = route.replace(/\[(\.\.\.)?[^\]]+\]/g, () => params[i++ % params.length]!);
      const credentials: Record<string, string> =
        auth === 0
          ? {}
          : route.startsWith("/api/admin/v1/") && auth === 1
            ? { authorization: `Bearer ${ctx.writeToken}` }
            : { cookie: ctx.ownerCookie };
      return withBody({ kind: "route", method: m, path: path + query, headers: { origin: ctx.origin, ...credentials, ...headers } }, body);
    });
}

/** React's reply format: the arguments' JSON in field "0"; a FormData argument as "$K<n>" with its fields as "_<n>_<name>". */
function actionRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const target = fc.oneof(
    { weight: 12, arbitrary: pick(ctx.actions) },
    // Ids that are not an action: junk, and near misses of real ones.
    {
      weight: 1,
      arbitrary: fc
        .tuple(pick(ctx.actions), pick(["x", "0".repeat(42), "7f" + "0".repeat(40), "near", "longer", "%ff"]))
        .map(([a, id]) => ({ ...a, id: id === "near" ? a.id.slice(0, -1) + "0" : id === "longer" ? a.id + "0" : id })),
    },
  );
  const origin = fc.oneof(
    { weight: 10, arbitrary: fc.constant(ctx.origin) },
    { weight: 2, arbitrary: pick(CROSS_ORIGINS) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: headerValue },
  );
  const state = fc.oneof(fc.constant(null), fc.constant("$undefined"), weirdValue);
  const bodies = fc.oneof(
    // The browser's own shape: (state, form) as multipart, the form's fields first (sometimes not).
    {
      weight: 5,
      arbitrary: fc.tuple(state, form(ctx.known), fc.nat(4)).map(([s, fields, order]) => {
        const root: [string, string] = ["0", JSON.stringify([s, "$K1"])];
        const entries = fields.map(([k, v]) => [`_1_${k}`, v] as [string, string]);
        return { type: MULTIPART, body: multipart(order === 0 ? [root, ...entries] : [...entries, root]), header: true };
      }),
    },
    // Non-form arguments: JSON in text/plain, or in field "0" of a multipart body.
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          jsonText,
          fc.array(weirdValue, { maxLength: 3 }).map((args) => JSON.stringify(args)),
        )
        .map((body) => ({ type: "text/plain;charset=UTF-8", body, header: true })),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constant('[null,"x"]'),
          fc.array(weirdValue, { maxLength: 3 }).map((args) => JSON.stringify(args)),
        )
        .map((root) => ({ type: MULTIPART, body: multipart([["0", root]]), header: true })),
    },
    { weight: 1, arbitrary: fc.constant({ type: "application/x-www-form-urlencoded", body: '0=[null,"x"]', header: true }) },
    // A form posted without JavaScript: the action named in a field, no header.
    {
      weight: 2,
      arbitrary: fc.tuple(form(ctx.known), fc.boolean()).map(([fields, key]) => ({
        type: MULTIPART,
        body: multipart([["$ACTION_ID_%ID%", ""], ...(key ? ([["$ACTION_KEY", "k0"]] as Array<[string, string]>) : []), ...fields]),
        header: false,
      })),
    },
    { weight: 1, arbitrary: anyBody(ctx.known).map((b) => ({ type: b.type, body: b.body, header: true })) },
  );
  return fc
    .tuple(
      target,
      origin,
      bodies,
      fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: pick(ctx.routes.filter((r) => !r.includes("["))) },
        { weight: 1, arbitrary: urlPart.map((p) => `/${p}`) },
      ),
      junkHeaders,
      fc.boolean(),
    )
    .map(([action, from, payload, signedIn, otherPage, headers, stateTree]) => {
      const body =
        typeof payload.body === "string"
          ? payload.body.replace("%ID%", action.id)
          : Buffer.from(payload.body.toString("latin1").replace("%ID%", action.id), "latin1");
      const base: Record<string, string> = { accept: "text/x-component" };
      if (payload.header) base["next-action"] = action.id;
      if (stateTree)
        base["next-router-state-tree"] = "%5B%22%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%5D%7D%2Cnull%2Cnull%2Ctrue%5D";
      if (from !== undefined) base.origin = from;
      if (payload.type !== undefined) base["content-type"] = payload.type;
      if (signedIn && action.admin) base.cookie = ctx.ownerCookie;
      return {
        kind: `action ${action.name}`,
        method: "POST",
        path: otherPage ?? action.page.replace(/\[[^\]]+\]/g, ctx.known.ids[0] ?? "x"),
        headers: { ...base, ...headers },
        body,
      };
    });
}

const API_METHODS = fc.oneof(
  { weight: 3, arbitrary: fc.constant("POST") },
  { weight: 2, arbitrary: pick(["GET", "PATCH"]) },
  { weight: 2, arbitrary: pick(["PUT", "DELETE"]) },
  { weight: 1, arbitrary: pick(["OPTIONS", "HEAD", "TRACE", "QUERY"]) },
);

/** A JSON object shaped like the API's inputs: known field names, existing ids, enum words, junk. */
function apiObject(known: KnownIds): fc.Arbitrary<string> {
  const value = fc.oneof(
    { weight: 3, arbitrary: fieldValue(known) },
    { weight: 2, arbitrary: weirdValue },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.record({ componentId: fieldValue(known), status: fieldValue(known), severity: fieldValue(known) }, { requiredKeys: [] }),
        { maxLength: 3 },
      ),
    },
  );
  return fc
    .dictionary(fc.oneof({ weight: 6, arbitrary: pick(FIELDS) }, { weight: 1, arbitrary: weirdText.map((s) => s.slice(0, 40)) }), value, {
      maxKeys: 8,
    })
    .map((o) => JSON.stringify(o));
}

function apiRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const routes = ctx.routes.filter((r) => r.startsWith("/api/admin/"));
  const param = fc.oneof(
    { weight: 3, arbitrary: ctx.known.ids.length > 0 ? pick(ctx.known.ids) : urlPart },
    {
      weight: 2,
      arbitrary: pick([
        "start",
        "verify",
        "complete",
        "cancel",
        "test",
        "retry",
        "rotate",
        "enable",
        "disable",
        "publish",
        "constructor",
        "__proto__",
        "toString",
        "valueOf",
        "hasOwnProperty",
        "then",
      ]),
    },
    { weight: 2, arbitrary: urlPart },
  );
  const auth = fc.oneof(
    { weight: 8, arbitrary: fc.constant(`Bearer ${ctx.writeToken}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: headerValue.map((v) => `Bearer ${v}`) },
  );
  const body = fc.oneof(
    { weight: 4, arbitrary: apiObject(ctx.known).map((b) => ({ type: "application/json", body: b as string | Buffer })) },
    { weight: 3, arbitrary: jsonText.map((b) => ({ type: "application/json", body: b })) },
    { weight: 1, arbitrary: anyBody(ctx.known) },
  );
  return fc
    .tuple(
      pick(routes),
      fc.array(param, { minLength: 2, maxLength: 2 }),
      API_METHODS,
      withQuery,
      auth,
      fc.option(body, { nil: null, freq: 6 }),
      junkHeaders,
    )
    .map(([route, params, m, query, authorization, b, headers]) => {
      let i = 0;
      const path = route.replace(/\[[^\]]+\]/g, () => params[i++]!);
      const base: Record<string, string> = authorization ? { authorization } : {};
      return withBody({ kind: "api", method: m, path: path + query, headers: { ...base, ...headers } }, b);
    });
}

const AUTH_PATHS = [
  "sign-in/email",
  "sign-up/email",
  "sign-out",
  "get-session",
  "change-password",
  "update-user",
  "delete-user",
  "forget-password",
  "request-password-reset",
  "reset-password",
  "list-sessions",
  "revoke-session",
  "revoke-sessions",
  "revoke-other-sessions",
  "verify-email",
  "send-verification-email",
  "change-email",
  "link-social",
  "list-accounts",
  "refresh-token",
  "ok",
  "error",
  "sign-in/social",
  "callback/x",
];

function authRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const path = fc.oneof({ weight: 5, arbitrary: pick(AUTH_PATHS) }, { weight: 1, arbitrary: urlPart });
  const body = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .record(
          {
            email: fieldValue(ctx.known),
            password: fieldValue(ctx.known),
            name: fieldValue(ctx.known),
            callbackURL: fieldValue(ctx.known),
            token: fieldValue(ctx.known),
          },
          { requiredKeys: [] },
        )
        .map((o) => ({ type: "application/json", body: JSON.stringify(o) as string | Buffer })),
    },
    { weight: 3, arbitrary: jsonText.map((b) => ({ type: "application/json", body: b })) },
    { weight: 1, arbitrary: anyBody(ctx.known) },
  );
  // Never with the owner's cookie: sign-out or revoke-sessions would end the session the run uses.
  return fc
    .tuple(
      path,
      fc.oneof({ weight: 5, arbitrary: fc.constant("POST") }, { weight: 1, arbitrary: API_METHODS }),
      withQuery,
      body,
      fc.oneof({ weight: 4, arbitrary: fc.constant(ctx.origin) }, { weight: 1, arbitrary: pick(CROSS_ORIGINS) }),
      junkHeaders,
    )
    .map(([p, m, query, b, origin, headers]) =>
      withBody({ kind: "auth", method: m, path: `/api/auth/${p}${query}`, headers: { origin, ...headers } }, b),
    );
}

/** A body larger than its address takes: announced, never sent in full. */
function oversizeRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const path = pick([
    "/api/auth/sign-in/email",
    "/api/admin/v1/incidents",
    "/subscribe",
    "/admin/components",
    "/api/admin/v1/subscribers/import",
    "/api/unsubscribe/x",
    "/",
  ]);
  return fc
    .tuple(path, fc.integer({ min: 1024 * 1024 + 1, max: 100 * 1024 * 1024 }), pick(["POST", "PUT", "PATCH"]), fc.boolean())
    .map(([p, bytes, m, action]) => ({
      kind: "oversize",
      method: m,
      path: p,
      headers: {
        "content-type": "application/json",
        origin: ctx.origin,
        authorization: `Bearer ${ctx.writeToken}`,
        ...(action ? { "next-action": ctx.actions[0]!.id } : {}),
      },
      body: "[" + "1,".repeat(32 * 1024),
      claimedLength: p.includes("import") ? 64 * 1024 * 1024 + bytes : bytes,
    }));
}

// Node answers a head over 16 KB with 431 and closes mid-request; keep most requests under it.
function clamp(request: FuzzRequest): FuzzRequest {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, v.slice(0, k === "cookie" ? 12_000 : 6_000)]));
  return { ...request, path: request.path.slice(0, 8_000), headers };
}

/** The mix, weighted toward what parses input (server actions, the management API). */
export function fuzzRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .oneof(
      { weight: 20, arbitrary: publicRequest(ctx) },
      { weight: 12, arbitrary: routeRequest(ctx) },
      { weight: 32, arbitrary: actionRequest(ctx) },
      { weight: 26, arbitrary: apiRequest(ctx) },
      { weight: 8, arbitrary: authRequest(ctx) },
      { weight: 2, arbitrary: oversizeRequest(ctx) },
      { weight: 6, arbitrary: nearValidRequest(ctx, (fields) => ({ type: MULTIPART, body: multipart(fields) })) },
    )
    .map(clamp);
}
