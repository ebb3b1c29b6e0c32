import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { getPublicStatus } from "./get-public-status";

const unique = () => Math.random().toString(36).slice(2, 10);

describe("getPublicStatus", () => {
  it("groups visible components in page order and rolls the worst member up to the group", async () => {
    const db = testDb();
    const tag = unique();
    const group = await db.componentGroup.create({ data: { name: `API ${tag}`, position: 50 } });
    await db.component.createMany({
      data: [
        { name: `track ${tag}`, groupId: group.id, position: 2, status: "degraded_performance" },
        { name: `authenticate ${tag}`, groupId: group.id, position: 1 },
        { name: `hidden ${tag}`, groupId: group.id, position: 3, showcase: false, status: "major_outage" },
        { name: `only-if-degraded ${tag}`, groupId: group.id, position: 4, onlyShowIfDegraded: true },
      ],
    });

    const status = await getPublicStatus(db);
    const row = status.rows.find((r) => r.kind === "group" && r.group.id === group.id);
    expect(row?.kind === "group" && row.group).toMatchObject({
      status: "degraded_performance",
      components: [{ name: `authenticate ${tag}` }, { name: `track ${tag}`, status: "degraded_performance" }],
    });
  });

  it("puts the worst status of the page in the banner", async () => {
    const db = testDb();
    const tag = unique();
    await db.component.create({ data: { name: `down ${tag}`, status: "major_outage" } });
    const status = await getPublicStatus(db);
    expect(status.overall).toEqual({ status: "major_outage", label: "Major outage" });
    expect(status.rows).toContainEqual(
      expect.objectContaining({ kind: "component", component: expect.objectContaining({ name: `down ${tag}` }) }),
    );
  });

  it("lists published unresolved incidents but not drafts or resolved ones", async () => {
    const db = testDb();
    const tag = unique();
    const base = { title: `t ${tag}`, impact: "minor", startedAt: new Date() };
    await db.incident.createMany({
      data: [
        { ...base, slug: `open-${tag}`, publishedAt: new Date() },
        { ...base, slug: `draft-${tag}` },
        { ...base, slug: `resolved-${tag}`, publishedAt: new Date(), resolvedAt: new Date(), status: "resolved" },
      ],
    });
    const slugs = (await getPublicStatus(db)).openIncidents.map((i) => i.slug);
    expect(slugs).toContain(`open-${tag}`);
    expect(slugs).not.toContain(`draft-${tag}`);
    expect(slugs).not.toContain(`resolved-${tag}`);
  });
});
