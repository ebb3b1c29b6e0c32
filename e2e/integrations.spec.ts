import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import { publishOpenIncident, resolveIncident } from "./support/incidents";

// What other tools read, against the production build: the Statuspage-compatible API, feeds,
// badge and embed all follow a publish within the refresh time, from the same cached snapshot.
test("API v2, feeds, badge and embed follow an open incident", async ({ page, request }) => {
  test.setTimeout(60_000);
  const db = e2eDb();
  const title = `Delayed webhooks ${Date.now()}`;
  const { incident, component } = await publishOpenIncident(db, title, "Webhooks");
  try {
    await expect
      .poll(
        async () => {
          const body = await (await request.get("/api/v2/incidents/unresolved.json")).json();
          return body.incidents.map((i: { name: string }) => i.name);
        },
        { timeout: 15_000 },
      )
      .toContain(title);

    const summary = await request.get("/api/v2/summary.json");
    expect(summary.headers()["access-control-allow-origin"]).toBe("*");
    expect(summary.headers()["cache-control"]).toContain("stale-if-error");
    const body = await summary.json();
    expect(body.status.indicator).toMatch(/^(minor|major|critical)$/);
    const webhooks = body.components.find((c: { id: string }) => c.id === component.id);
    expect(webhooks).toMatchObject({ name: "Webhooks", status: "degraded_performance" });
    expect(body.incidents.find((i: { id: string }) => i.id === incident.id)).toMatchObject({
      name: title,
      status: "investigating",
      impact: "minor",
    });

    for (const [path, type] of [
      ["/feed.rss", "application/rss+xml"],
      ["/feed.atom", "application/atom+xml"],
    ] as const) {
      const feed = await request.get(path);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toContain(type);
      expect(await feed.text()).toContain(title);
    }
    // The maintenance calendar: RFC 5545, read by Mozilla's parser as calendar apps read it.
    const calendar = await request.get("/maintenance.ics");
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["content-type"]).toContain("text/calendar");
    const parsed = new ICAL.Component(ICAL.parse(await calendar.text()));
    expect(parsed.name).toBe("vcalendar");
    for (const event of parsed.getAllSubcomponents("vevent")) expect(new ICAL.Event(event).uid).toMatch(/^maintenance-.+@/);

    const badge = await request.get(`/badge.svg?component=${component.id}`);
    expect(badge.headers()["content-type"]).toContain("image/svg+xml");
    expect(await badge.text()).toMatch(/degraded/i);
    expect((await request.get("/badge.svg?component=nope")).status()).toBe(404);

    const embed = await request.get("/embed");
    expect(embed.status()).toBe(200);
    expect(await embed.text()).not.toMatch(/All systems operational/i);

    await page.goto("/");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.rss$/);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.atom$/);
  } finally {
    await resolveIncident(db, incident.id, component.id);
  }
});
