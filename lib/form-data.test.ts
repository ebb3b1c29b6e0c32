import { describe, expect, it } from "vitest";
import { formToObject } from "./form-data";

describe("formToObject", () => {
  it("turns checkboxes into booleans, repeated keys into arrays and blanks into undefined", () => {
    const form = new FormData();
    form.append("title", "API down");
    form.append("description", "");
    form.append("components", "a");
    form.append("components", "b");
    form.append("notify", "on");
    form.append("$ACTION_ID_123", "");
    expect(formToObject(form, { arrays: ["components", "missing"], booleans: ["notify", "draft"] })).toEqual({
      title: "API down",
      description: undefined,
      components: ["a", "b"],
      missing: [],
      notify: true,
      draft: false,
    });
  });
});
