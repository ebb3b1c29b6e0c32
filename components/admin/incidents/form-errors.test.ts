import { describe, expect, it } from "vitest";
import { errorsFor, pathLabel } from "./form-errors";

describe("form errors", () => {
  it("names nested fields in words, counting from one", () => {
    expect(pathLabel("backfill.windows.1.endedAt")).toBe("Window 2 end");
    expect(pathLabel("components.0.componentId")).toBe("Component 1 component");
    expect(pathLabel("title")).toBe("title");
  });

  it("gathers a control's errors from every path it answers for", () => {
    const state = { ok: false as const, error: "x", status: 422, fieldErrors: { body: ["a"], "backfill.updates.0.body": ["b"] } };
    expect(errorsFor(state, "body", "backfill.updates.0.body")).toEqual(["a", "b"]);
    expect(errorsFor(state, "title")).toBeUndefined();
    expect(errorsFor(null, "body")).toBeUndefined();
  });
});
