import { describe, expect, it } from "vitest";
import { formAction } from "./action-result";

describe("formAction", () => {
  const read = formAction(async (_state: null, form: FormData) => ({ ok: true as const, data: form.get("title") }));

  it("runs the action with its form", async () => {
    const form = new FormData();
    form.append("title", "API down");
    expect(await read(null, form)).toEqual({ ok: true, data: "API down" });
  });

  it("answers 400 without running it when the form is anything else (JSON arguments, a bare form post passing it first)", async () => {
    for (const notForm of [undefined, null, "x", 0, { get: () => "forged" }, ["title", "x"]]) {
      expect(await read(null, notForm as unknown as FormData)).toEqual({
        ok: false,
        error: "This form was sent without its fields.",
        status: 400,
      });
    }
    expect(await read(new FormData() as unknown as null, undefined as unknown as FormData)).toMatchObject({ ok: false, status: 400 });
  });
});
