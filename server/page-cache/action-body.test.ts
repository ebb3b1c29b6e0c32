import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { argumentsProblem, checkServerActionBody, mayBeServerAction } from "./action-body";

// React's own encoder for server action arguments (what the browser runs), from the copy Next ships.
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const BOUNDARY = "----action-body-test";
const CALL = { "next-action": "7f00", origin: "http://status.test", host: "status.test" };

/** A request as the browser sends it: the reply as the body, with its content type. */
async function asRequest(reply: string | FormData): Promise<{ headers: Record<string, string>; body: Buffer }> {
  if (typeof reply === "string") return { headers: { ...CALL, "content-type": "text/plain;charset=UTF-8" }, body: Buffer.from(reply) };
  const response = new Response(reply);
  return { headers: { ...CALL, "content-type": response.headers.get("content-type")! }, body: Buffer.from(await response.arrayBuffer()) };
}

const multipart = (parts: Array<[string, string]>, headers: Record<string, string> = CALL) => {
  const body =
    parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${BOUNDARY}--\r\n`;
  return checkServerActionBody({ ...headers, "content-type": `multipart/form-data; boundary=${BOUNDARY}` }, Buffer.from(body));
};
const text = (body: string) => checkServerActionBody({ ...CALL, "content-type": "text/plain;charset=UTF-8" }, Buffer.from(body));
const refused = async (checked: Promise<{ ok: boolean; message?: string }>) => {
  const result = await checked;
  return result.ok ? "accepted" : result.message;
};

describe("mayBeServerAction", () => {
  it("is a POST with Next's action header or a multipart body, as Next decides", () => {
    expect(mayBeServerAction("POST", { "next-action": "x" })).toBe(true);
    expect(mayBeServerAction("POST", { "content-type": "multipart/form-data; boundary=b" })).toBe(true);
    expect(mayBeServerAction("POST", { "content-type": "application/json" })).toBe(false);
    expect(mayBeServerAction("GET", { "next-action": "x" })).toBe(false);
  });
});

describe("checkServerActionBody accepts what this app's pages send", () => {
  it("a form with its previous state (dates, undefined, a '$' in text, an object met twice)", async () => {
    const form = new FormData();
    form.append("title", "API down");
    form.append("componentIds", "a");
    form.append("componentIds", "b");
    const shared = ["Required"];
    const state = {
      ok: false,
      error: "$5 too much",
      fieldErrors: { title: shared, body: shared },
      status: 422,
      at: new Date(0),
      retryAfter: undefined,
    };
    for (const reply of [await encodeReply([null, form]), await encodeReply([state, form])]) {
      const { headers, body } = await asRequest(reply);
      const checked = await checkServerActionBody(headers, body);
      expect(checked.ok).toBe(true);
      // Re-encoded for Next with the same fields in the same order.
      const again = await new Response(new Uint8Array(checked.ok ? checked.body : Buffer.alloc(0)), {
        headers: { "content-type": checked.ok ? checked.contentType! : "" },
      }).formData();
      expect([...again.entries()]).toEqual([...(reply as FormData).entries()]);
    }
  });

  it("plain arguments: an id and a flag, an object, a bound id and a form, a bigint", async () => {
    const form = new FormData();
    form.append("message", "Done");
    for (const args of [["c1", true], ["c1", "auto"], [{ groupId: null, ids: ["a", "b"] }], ["m1", form], [10n ** 20n], []]) {
      const { headers, body } = await asRequest(await encodeReply(args));
      expect(
        (await checkServerActionBody(headers, body)).ok,
        JSON.stringify(args, (_, v) => (typeof v === "bigint" ? String(v) : v)),
      ).toBe(true);
    }
  });

  it("a form posted without script, bound or not", async () => {
    const bound = (await encodeReply({ id: "7f00", bound: Promise.resolve(["m1"]) })) as FormData;
    const parts: Array<[string, string]> = [
      ["$ACTION_REF_1", ""],
      ...[...bound.entries()].map(([k, v]) => [`$ACTION_1:${k}`, String(v)] as [string, string]),
      ["message", "x"],
    ];
    const post = { origin: "http://status.test", host: "status.test" };
    expect(await refused(multipart(parts, post))).toBe("accepted");
    expect(
      await refused(
        multipart(
          [
            ["$ACTION_ID_7f00", ""],
            ["email", "a@b.test"],
          ],
          post,
        ),
      ),
    ).toBe("accepted");
    expect(await refused(multipart([["q", "a plain multipart post"]], post))).toBe("accepted");
  });
});

describe("checkServerActionBody refuses what breaks React's decoder (a 500 inside Next)", () => {
  it("arguments that are not a list of plain values", async () => {
    expect(await refused(text("["))).toMatch(/not valid JSON/);
    expect(await refused(text('{"a":1}{"b":2}'))).toMatch(/not valid JSON/);
    expect(await refused(text("228116525"))).toMatch(/must be a list/);
    expect(await refused(text('{"__proto__":null}'))).toMatch(/must be a list/);
    expect(await refused(text(JSON.stringify(Array.from({ length: 17 }, () => 0))))).toMatch(/too many/);
  });

  it("references this app never sends, or that lead nowhere", async () => {
    for (const marker of [
      "$@0",
      "$Q1",
      "$W1",
      "$1",
      "$F1",
      "$h1",
      "$T",
      "$B1",
      "$n1e21",
      "$0",
      "$0:nope",
      "$0:0:__proto__",
      "$1:0:then",
      "$R1",
      "$i1",
    ]) {
      expect(await refused(text(JSON.stringify([{ a: 1 }, marker]))), marker).toMatch(/unsupported reference/);
    }
  });

  it("nesting deeper than any form, up to 100,000 levels", async () => {
    expect(await refused(text("[".repeat(100_000) + "]".repeat(100_000)))).toMatch(/nested too deeply/);
    expect(argumentsProblem(JSON.stringify([{ a: { b: { c: ["d"] } } }]))).toBeNull();
  });

  it("a call whose multipart body lacks the arguments, cannot be read, or names a field with a control character", async () => {
    expect(await refused(multipart([["_1_title", "x"]]))).toMatch(/missing/);
    expect(
      await refused(
        multipart([
          ["0", '[null,"x"'],
          ["_1_title", "x"],
        ]),
      ),
    ).toMatch(/not valid JSON/);
    expect(
      await refused(
        multipart([
          ["_1_\u000b", "x"],
          ["0", '[null,"$K1"]'],
        ]),
      ),
    ).toMatch(/control character/);
    const broken = await checkServerActionBody(
      { ...CALL, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      Buffer.from(`--${BOUNDARY}\r\nno header here\r\n`),
    );
    expect(broken).toEqual({ ok: false, message: "The form data could not be read." });
  });

  it("a form posted without script whose bound action cannot be decoded", async () => {
    const post = { origin: "http://status.test", host: "status.test" };
    expect(await refused(multipart([["$ACTION_REF_1", ""]], post))).toMatch(/does not describe/);
    expect(
      await refused(
        multipart(
          [
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", "{"],
          ],
          post,
        ),
      ),
    ).toMatch(/not valid JSON/);
    expect(
      await refused(
        multipart(
          [
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", '{"bound":null}'],
          ],
          post,
        ),
      ),
    ).toMatch(/no id/);
    expect(
      await refused(
        multipart(
          [
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", '{"id":"x","bound":"$@1"}'],
          ],
          post,
        ),
      ),
    ).toMatch(/no bound arguments/);
    expect(
      await refused(
        multipart(
          [
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", '{"id":"x","bound":"$Q1"}'],
          ],
          post,
        ),
      ),
    ).toMatch(/unreadable bound/);
    expect(
      await refused(
        multipart(
          [
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", '{"id":"x","bound":"$@1"}'],
            ["$ACTION_1:1", '"x"'],
          ],
          post,
        ),
      ),
    ).toMatch(/must be a list/);
  });
});
