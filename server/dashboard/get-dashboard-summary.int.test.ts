import { describe, expect, it } from "vitest";
import { UnauthorizedError } from "@/server/errors";
import { anonymousCtx, ctxAs, uniqueName } from "@/test/actors";
import { testDb } from "@/test/db";
import { getDashboardSummary } from "./get-dashboard-summary";

describe("getDashboardSummary", () => {
  it("lists open incidents, active maintenance and degraded components (not resolved, drafts or cancelled ones)", async () => {
    const db = testDb();
    const now = new Date();
    const slug = () => `dash-${Math.random().toString(36).slice(2, 10)}`;
    const open = await db.incident.create({ data: { slug: slug(), title: uniqueName("open"), startedAt: now, publishedAt: now } });
    const resolved = await db.incident.create({
      data: { slug: slug(), title: uniqueName("resolved"), startedAt: now, publishedAt: now, resolvedAt: now },
    });
    const draft = await db.incident.create({ data: { slug: slug(), title: uniqueName("draft"), startedAt: now } });
    const hour = 3_600_000;
    await db.maintenance.create({
      data: {
        slug: slug(),
        title: uniqueName("upcoming"),
        scheduledStart: new Date(now.getTime() + hour),
        scheduledEnd: new Date(now.getTime() + 2 * hour),
      },
    });
    const cancelled = await db.maintenance.create({
      data: { slug: slug(), title: uniqueName("cancelled"), scheduledStart: now, scheduledEnd: now, cancelledAt: now },
    });
    const broken = await db.component.create({ data: { name: uniqueName("broken"), status: "major_outage" } });
    const fine = await db.component.create({ data: { name: uniqueName("fine") } });

    const summary = await getDashboardSummary({ ctx: await ctxAs(db, "viewer"), now });
    // Other tests share this database: check our rows' presence and absence, never totals.
    const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);
    expect(summary.openIncidents.count).toBeGreaterThanOrEqual(1);
    expect(ids(summary.openIncidents.items)).toContain(open.id);
    expect(ids(summary.openIncidents.items)).not.toContain(resolved.id);
    expect(ids(summary.openIncidents.items)).not.toContain(draft.id);
    expect(summary.draftIncidents).toBeGreaterThanOrEqual(1);
    expect(summary.maintenance.count).toBeGreaterThanOrEqual(1);
    expect(ids(summary.maintenance.items)).not.toContain(cancelled.id);
    expect(ids(summary.degradedComponents)).toContain(broken.id);
    expect(ids(summary.degradedComponents)).not.toContain(fine.id);
  });

  it("needs a signed-in user", async () => {
    await expect(getDashboardSummary({ ctx: anonymousCtx(testDb()) })).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
