import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { assertStrongPassword, passwordWeakness } from "./password-strength";

describe("password strength", () => {
  it("refuses the passwords from the report, and common or patterned ones, with the estimator's advice", async () => {
    expect(await passwordWeakness("aaaaaaaaaaaa")).toMatch(
      /^This password is too easy to guess\. Repeated characters like "aaa" are easy to guess\. /,
    );
    expect(await passwordWeakness("password1234")).toMatch(
      /^This password is too easy to guess\. This is similar to a commonly used password\. /,
    );
    for (const weak of ["qwertyuiop12", "iloveyou1234", "123456789012", "abcdefghijkl"])
      expect(await passwordWeakness(weak), weak).not.toBeNull();
  });

  it("refuses a password made of the person's own name or address", async () => {
    expect(await passwordWeakness("jane.doe@quetzal-example.com", ["jane.doe@quetzal-example.com", "Jane Doe"])).not.toBeNull();
    expect(await passwordWeakness("jane.doe@quetzal-example.com")).toBeNull();
  });

  it("accepts long passphrases and random strings", async () => {
    for (const strong of ["correct horse battery staple", "kdj38Fh2!aQz", "plum tractor velvet 1987"])
      expect(await passwordWeakness(strong), strong).toBeNull();
  });

  it("names the field it refuses", async () => {
    const error = await assertStrongPassword("aaaaaaaaaaaa", [], "newPassword").catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["newPassword"]);
  });
});
