import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { systemActor } from "@/server/context";
import { addIncidentUpdate, createIncident } from "@/server/incident";
import { uniqueLabel } from "@/test/fixtures/incident";
import { buildPublicSnapshot } from "@/server/public/build-snapshot";
import { testDb } from "@/test/db";
import { buildAtomFeed, buildRssFeed } from "./build-feed";

const BASE = "https://status.example.test";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" || name === "entry" });

describe("feeds from the database", () => {
  it("carry a published incident with all its updates, newest first, and no executable HTML", async () => {
    const db = testDb();
    const ctx = { db, actor: systemActor("feed test") };
    const title = uniqueLabel("Feed incident");
    const incident = await createIncident({
      ctx,
      input: { title, impact: "minor", components: [], status: "investigating", body: "Looking **now**.", publish: true, notify: false },
    });
    await addIncidentUpdate({
      ctx,
      input: {
        incidentId: incident.id,
        status: "identified",
        body: "Found it <script>alert(1)</script> [x](javascript:alert(2))",
        notify: false,
        components: [],
      },
    });

    const snapshot = await buildPublicSnapshot(db);
    // The shared database holds other tests' incidents: the whole feed must be well-formed, the details are ours.
    expect(XMLValidator.validate(buildRssFeed(snapshot, BASE))).toBe(true);
    // Only ours: the feed keeps the 50 most recently updated entries, and other tests' maintenance is newer.
    const ours = {
      ...snapshot,
      recentIncidents: snapshot.recentIncidents.filter((i) => i.id === incident.id),
      maintenance: { active: [], upcoming: [], past: [] },
    };
    expect(ours.recentIncidents).toHaveLength(1);

    const rss = parser.parse(buildRssFeed(ours, BASE)).rss.channel;
    const item = rss.item.find((i: { guid: { "#text": string } }) => i.guid["#text"] === `${BASE}/incidents/${incident.id}`);
    expect(item).toMatchObject({ title: `${title} [Identified]`, link: `${BASE}/incidents/${incident.slug}` });
    expect(new Date(item.pubDate).getTime()).toBeCloseTo(incident.publishedAt!.getTime(), -4);
    const html: string = item["content:encoded"];
    expect(html.indexOf("Identified <small>")).toBeLessThan(html.indexOf("Investigating <small>"));
    expect(html).toContain("<strong>now</strong>");
    expect(html).not.toMatch(/<script|javascript:/i);

    const atom = parser.parse(buildAtomFeed(ours, BASE)).feed;
    const entry = atom.entry.find((e: { id: string }) => e.id === `${BASE}/incidents/${incident.id}`);
    expect(entry.link["@href"]).toBe(`${BASE}/incidents/${incident.slug}`);
    expect(Date.parse(entry.updated)).toBeGreaterThanOrEqual(Date.parse(entry.published));
    expect(entry.content["#text"]).not.toMatch(/<script|javascript:/i);
  });
});
