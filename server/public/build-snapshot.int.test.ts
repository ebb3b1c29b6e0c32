import { describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { buildPublicSnapshot } from "./build-snapshot";

const tag = () => Math.random().toString(36).slice(2, 10);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("buildPublicSnapshot", () => {
  it("includes published incidents with their timeline, windows and published postmortem only", async () => {
    const db = testDb();
    const t = tag();
    const component = await db.component.create({ data: { name: `api ${t}`, status: "partial_outage" } });
    const incident = await db.incident.create({
      data: {
        slug: `open-${t}`,
        title: `Open ${t}`,
        impact: "major",
        status: "identified",
        startedAt: minutesAgo(30),
        publishedAt: minutesAgo(30),
        components: { create: [{ componentId: component.id }] },
        updates: {
          create: [
            { status: "investigating", body: "Looking", displayAt: minutesAgo(30) },
            { status: "identified", body: "Found it", displayAt: minutesAgo(10) },
          ],
        },
        windows: { create: [{ componentId: component.id, severity: "partial", startedAt: minutesAgo(30) }] },
        postmortem: { create: { body: "draft text" } },
      },
    });
    await db.incident.create({ data: { slug: `draft-${t}`, title: `Draft ${t}`, startedAt: minutesAgo(5) } });

    const snapshot = await buildPublicSnapshot(db);
    const open = snapshot.activeIncidents.find((i) => i.id === incident.id);
    expect(open).toMatchObject({ impact: "major", postmortem: null, components: [{ name: `api ${t}` }] });
    expect(open?.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
    expect(open?.windows).toEqual([expect.objectContaining({ severity: "partial", end: null, componentName: `api ${t}` })]);
    expect(snapshot.history.map((i) => i.slug)).not.toContain(`draft-${t}`);
    expect(["partial_outage", "major_outage"]).toContain(snapshot.overall.status);

    const row = snapshot.rows.find((r) => r.kind === "component" && r.component.id === component.id);
    expect(row?.kind === "component" && row.component.windows).toEqual([
      expect.objectContaining({ severity: "partial", end: null, incidentId: incident.id }),
    ]);
  });

  it("keeps windows of draft incidents and hidden components off the page", async () => {
    const db = testDb();
    const t = tag();
    const shown = await db.component.create({ data: { name: `shown ${t}` } });
    const hidden = await db.component.create({ data: { name: `hidden ${t}`, showcase: false } });
    await db.incident.create({
      data: {
        slug: `draft-${t}`,
        title: "draft",
        startedAt: minutesAgo(60),
        windows: { create: [{ componentId: shown.id, severity: "major", startedAt: minutesAgo(60), endedAt: minutesAgo(30) }] },
      },
    });
    const snapshot = await buildPublicSnapshot(db);
    const ids = snapshot.rows.flatMap((r) => (r.kind === "group" ? r.group.components : [r.component]));
    expect(ids.find((c) => c.id === hidden.id)).toBeUndefined();
    expect(ids.find((c) => c.id === shown.id)?.windows).toEqual([]);
  });

  it("sorts maintenance into active, upcoming and past, leaving out cancelled and unpublished", async () => {
    const db = testDb();
    const t = tag();
    const at = (h: number) => new Date(Date.now() + h * 3_600_000);
    const base = { title: `m ${t}`, publishedAt: at(-100) };
    await db.maintenance.createMany({
      data: [
        { ...base, slug: `active-${t}`, status: "in_progress", scheduledStart: at(-1), scheduledEnd: at(1), startedAt: at(-1) },
        { ...base, slug: `upcoming-${t}`, scheduledStart: at(24), scheduledEnd: at(26) },
        {
          ...base,
          slug: `past-${t}`,
          status: "completed",
          scheduledStart: at(-48),
          scheduledEnd: at(-47),
          startedAt: at(-48),
          completedAt: at(-47),
        },
        { ...base, slug: `cancelled-${t}`, scheduledStart: at(24), scheduledEnd: at(26), cancelledAt: at(-1) },
        { title: "draft", slug: `draft-${t}`, scheduledStart: at(24), scheduledEnd: at(26) },
      ],
    });
    const { maintenance, overall } = await buildPublicSnapshot(db);
    const slugs = (list: Array<{ slug: string }>) => list.map((m) => m.slug).filter((s) => s.endsWith(t));
    expect(slugs(maintenance.active)).toEqual([`active-${t}`]);
    expect(slugs(maintenance.upcoming)).toEqual([`upcoming-${t}`]);
    expect(slugs(maintenance.past)).toEqual([`past-${t}`]);
    expect(overall.status).not.toBe("operational");
  });
});
