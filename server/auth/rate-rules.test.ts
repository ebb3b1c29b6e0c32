import { describe, expect, it } from "vitest";
import { SUBSCRIBE_PER_DOMAIN, SUBSCRIBE_PER_INBOX, SUBSCRIBE_PER_IP } from "@/server/subscriber/rate-limits";
import { LONGEST_OWN_WINDOW_SECONDS, RATE_RULES, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_KNOWN_DEVICE } from "./rate-rules";

describe("rate rules", () => {
  it("keep every counter of ours alive: better-auth prunes rows idle past its longest window", () => {
    const longest = Math.max(...Object.values(RATE_RULES).map((rule) => rule.window));
    expect(longest).toBe(LONGEST_OWN_WINDOW_SECONDS);
    for (const rule of [SUBSCRIBE_PER_IP, SUBSCRIBE_PER_INBOX, SUBSCRIBE_PER_DOMAIN, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_KNOWN_DEVICE]) {
      expect(rule.windowSeconds).toBeLessThanOrEqual(longest);
    }
  });
});
