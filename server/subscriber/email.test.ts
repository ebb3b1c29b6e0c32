import { describe, expect, it } from "vitest";
import { localizeAnswer } from "@/lib/i18n/answers";
import { messages } from "@/lib/i18n";
import { EmailAddress, inboxKey, normalizeEmail, parseEmail } from "./email";

describe("email addresses", () => {
  it("normalizes to trimmed lower case, the one-subscription-per-address key", () => {
    expect(normalizeEmail("  Jane.Doe@Example.COM \t")).toBe("jane.doe@example.com");
  });

  it("keeps the address as typed (trimmed) for sending, next to its normalized key", () => {
    expect(parseEmail(" Jane.Doe+Status@Example.com ")).toEqual({
      email: "Jane.Doe+Status@Example.com",
      emailNormalized: "jane.doe+status@example.com",
    });
  });

  it("rejects what is not an address, with a message naming the problem", () => {
    for (const bad of [
      "",
      "   ",
      "jane",
      "jane@",
      "@example.com",
      "jane@example",
      "a b@example.com",
      "jane@@example.com",
      "=cmd@example.com",
    ]) {
      expect(parseEmail(bad), bad).toBeNull();
    }
    expect(EmailAddress.safeParse("").error?.issues[0]?.message).toBe("Email is required");
    expect(EmailAddress.safeParse("nope").error?.issues[0]?.message).toBe("Enter a valid email address, like name@example.com");
    expect(EmailAddress.safeParse(`${"a".repeat(250)}@x.io`).error?.issues[0]?.message).toBe("Email is too long (254 characters at most)");
  });

  it("folds plus-addressing everywhere and dots only at Gmail, for counting one inbox once", () => {
    expect(inboxKey("victim+1@example.com")).toEqual({ inbox: "victim@example.com", domain: "example.com" });
    expect(inboxKey("victim+2+x@example.com").inbox).toBe("victim@example.com");
    expect(inboxKey("v.ic.tim@example.com").inbox).toBe("v.ic.tim@example.com");
    expect(inboxKey("v.ic.tim+news@gmail.com")).toEqual({ inbox: "victim@gmail.com", domain: "gmail.com" });
    expect(inboxKey("victim@googlemail.com")).toEqual({ inbox: "victim@gmail.com", domain: "gmail.com" });
    // A local part that starts with "+" has nothing before it to fold to.
    expect(inboxKey("+1@example.com").inbox).toBe("+1@example.com");
  });
});

describe("the address rule's messages", () => {
  it("are the catalog's English answers, so a German page shows them in German", () => {
    const refusals = ["", "not-an-address", `${"a".repeat(250)}@example.com`].map((value) => {
      const result = EmailAddress.safeParse(value);
      return result.success ? "accepted" : localizeAnswer("de", result.error.issues[0]!.message);
    });
    const de = messages("de").answers;
    expect(refusals).toEqual([de.emailRequired, de.emailInvalid, de.emailTooLong]);
  });
});
