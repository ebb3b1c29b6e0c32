import { describe, expect, it } from "vitest";
import { holdOver, mayAnnounce } from "./flap";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 5, 9) + seconds * 1_000);
const policy = { holdSeconds: 120, announceEveryMinutes: 15 };

describe("flap rules", () => {
  it("publishes only once the alert has fired for the hold time", () => {
    expect(holdOver(at(0), at(119), policy)).toBe(false);
    expect(holdOver(at(0), at(120), policy)).toBe(true);
    expect(holdOver(at(0), at(0), { ...policy, holdSeconds: 0 })).toBe(true);
  });

  it("announces an incident at most once per window", () => {
    expect(mayAnnounce(null, at(0), policy)).toBe(true);
    expect(mayAnnounce(at(0), at(15 * 60 - 1), policy)).toBe(false);
    expect(mayAnnounce(at(0), at(15 * 60), policy)).toBe(true);
  });
});
