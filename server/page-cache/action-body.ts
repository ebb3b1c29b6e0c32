import type { IncomingHttpHeaders } from "node:http";

/**
 * Server action requests are decoded by React inside Next, and a body React cannot decode (broken
 * JSON, arguments that are not a list, a reference to a part that is not there, nesting deep enough
 * to exhaust the stack) fails there as a 500. These checks accept what this app's pages send — the
 * shapes React's own encoder writes for them (action-body.test.ts encodes them with it) — and refuse
 * the rest with a 400 before Next sees it.
 */

/** A POST Next would try as a server action: a call from the page's script, or a multipart form post. */
export function mayBeServerAction(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return method === "POST" && (headers["next-action"] !== undefined || (headers["content-type"] ?? "").startsWith("multipart/form-data"));
}

export type CheckedBody = { ok: true; body: Buffer; contentType?: string } | { ok: false; message: string };

const MAX_DEPTH = 32;
const MAX_ARGUMENTS = 16;
const MAX_VALUES = 100_000;
// React's reply markers the app's arguments use: an escaped "$", undefined, ±0/±Infinity/NaN, a form
// ($K), a date ($D), a BigInt ($n), and "$0:a:b" for an object met twice (a path into the arguments,
// checked below). Not: other parts, promises, maps, streams, server or temporary references —
// nothing this app sends, and where malformed input breaks the decoder.
const MARKER = /^\$(?:\$|undefined$|-0$|Infinity$|-Infinity$|NaN$|K[0-9a-f]{1,8}$|D|n-?\d{1,300}$)/;
const PATH = /^\$0((?::[^:]+)+)$/;

/** Whether a "$0:a:b" reference names an object or list inside `root`, as React requires, through own keys only. */
function resolves(root: unknown, reference: string): boolean {
  const keys = PATH.exec(reference)?.[1]!.slice(1).split(":");
  if (!keys) return false;
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== "object" || key === "__proto__" || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== null && typeof node === "object";
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why `json` is not a list of arguments this app could have sent, or null. */
export function argumentsProblem(json: string): string | null {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return "The action's arguments are not valid JSON.";
  }
  if (!Array.isArray(root)) return "The action's arguments must be a list.";
  if (root.length > MAX_ARGUMENTS) return "The action was sent too many arguments.";
  let values = 0;
  const walk = (value: unknown, depth: number): string | null => {
    if (++values > MAX_VALUES) return "The action's arguments are too large.";
    if (typeof value === "string") {
      if (!value.startsWith("$") || MARKER.test(value) || resolves(root, value)) return null;
      return `The action's arguments hold an unsupported reference (${value.slice(0, 12)}).`;
    }
    if (value === null || typeof value !== "object") return null;
    if (depth >= MAX_DEPTH) return "The action's arguments are nested too deeply.";
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      const problem = walk(child, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return walk(root, 0);
}

/** A form posted without script naming a bound action (`$ACTION_REF_n`): its `{ id, bound }` part and the bound arguments. */
function boundActionProblem(form: FormData, refKey: string): string | null {
  const prefix = `$ACTION_${refKey.slice("$ACTION_REF_".length)}:`;
  const meta = form.get(`${prefix}0`);
  if (typeof meta !== "string") return "The form names an action it does not describe.";
  let parsed: unknown;
  try {
    parsed = JSON.parse(meta);
  } catch {
    return "The form's action is not valid JSON.";
  }
  const { id, bound } = (parsed ?? {}) as { id?: unknown; bound?: unknown };
  if (typeof parsed !== "object" || Array.isArray(parsed) || typeof id !== "string") return "The form's action has no id.";
  if (bound === null) return null;
  const part = typeof bound === "string" ? /^\$@([0-9a-f]{1,8})$/.exec(bound)?.[1] : undefined;
  if (part === undefined) return "The form's action has unreadable bound arguments.";
  const args = form.get(`${prefix}${parseInt(part, 16)}`);
  return typeof args === "string" ? argumentsProblem(args) : "The form's action has no bound arguments.";
}

/**
 * Checks the body of a request `mayBeServerAction` accepted. A call from script is a multipart form
 * with the arguments in field 0, or the arguments as the whole body; a form posted without script is
 * a multipart form that may name a bound action. A call's multipart body goes on re-encoded as read
 * here: Next reads it with a different parser that fails on some details this one accepts.
 */
export async function checkServerActionBody(headers: IncomingHttpHeaders, body: Buffer): Promise<CheckedBody> {
  const type = headers["content-type"] ?? "";
  const call = headers["next-action"] !== undefined;
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
    } catch {
      return { ok: false, message: "The form data could not be read." };
    }
    // No page names a field so; and Next's own parser fails on one that is re-encoded raw.
    if ([...form.keys()].some((key) => CONTROL.test(key))) return { ok: false, message: "A form field's name holds a control character." };
    if (!call) {
      const refs = [...form.keys()].filter((key) => key.startsWith("$ACTION_REF_"));
      for (const ref of refs) {
        const problem = boundActionProblem(form, ref);
        if (problem) return { ok: false, message: problem };
      }
      return { ok: true, body };
    }
    const root = form.get("0");
    if (typeof root !== "string") return { ok: false, message: "The action's arguments are missing (form field 0)." };
    const problem = argumentsProblem(root);
    if (problem) return { ok: false, message: problem };
    const encoded = new Response(form);
    return { ok: true, body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type") ?? type };
  }
  // Next answers a form-encoded call itself (404); any other body is the arguments' JSON.
  if (!call || type === "application/x-www-form-urlencoded") return { ok: true, body };
  const problem = argumentsProblem(body.toString("utf8"));
  return problem ? { ok: false, message: problem } : { ok: true, body };
}
