import { describe, expect, it } from "vitest";
import { audienceSql, decodeAudience, encodeAudience, FOLLOWER_KINDS, FOLLOWERS_SQL, reachesFollowers } from "./audience";

describe("audience", () => {
  it("stores component ids once each, in a stable order, and reads them back", () => {
    expect(encodeAudience(["b", "a", "b"])).toBe('["a","b"]');
    expect(decodeAudience(encodeAudience(["b", "a"]))).toEqual(["a", "b"]);
    expect(decodeAudience("[]")).toEqual([]);
  });

  it("refuses anything that is not a list of ids", () => {
    expect(() => decodeAudience('{"a":1}')).toThrow(/not an audience/);
    expect(() => decodeAudience("[1]")).toThrow(/not an audience/);
  });

  it("filters by component only when the event names some, with one placeholder per id", () => {
    const everyone = audienceSql([]);
    expect(everyone.params).toEqual([]);
    expect(everyone.sql).not.toContain("SubscriberComponent");
    const some = audienceSql(["c1", "c2"]);
    expect(some.params).toEqual(["c1", "c2"]);
    expect(some.sql.match(/\?/g)).toHaveLength(2);
    expect(some.sql).toContain("NOT EXISTS");
  });

  it("keeps followers of one incident out of page announcements; they have their own rule, for their incident's emails", () => {
    for (const { sql } of [audienceSql([]), audienceSql(["c1"])]) {
      expect(sql.startsWith(`s."status" = 'active'`)).toBe(true);
      expect(sql).toContain(`COALESCE(s."incidentId", '') = ''`);
    }
    expect(FOLLOWERS_SQL).toContain(`s."incidentId" = n."incidentId"`);
    expect(FOLLOWER_KINDS.every(reachesFollowers)).toBe(true);
    expect(["postmortem_published", "maintenance_scheduled", "subscription_confirm"].some(reachesFollowers)).toBe(false);
  });
});
