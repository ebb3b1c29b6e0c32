import { describe, expect, it } from "vitest";
import { EmailAddress, normalizeEmail } from "./email";
import { followerKey } from "./follow";

describe("a follower's key", () => {
  it("can never be a page subscriber's key: no address the form accepts looks like one", () => {
    const key = followerKey("cm123", normalizeEmail("Ann@Example.test"));
    expect(key).toBe("incident:cm123:ann@example.test");
    expect(EmailAddress.safeParse(key).success).toBe(false);
    expect(EmailAddress.safeParse('"incident:cm123:ann"@example.test').success).toBe(false);
  });
});
