import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, buildRssFeed } from "./build-feed";
import { incident, maintenance, snapshot } from "@/test/fixtures/snapshot";

const BASE = "https://status.acme.example";
const ARRAYS = new Set([
  "rss.channel.item",
  "rss.channel.atom:link",
  "rss.channel.item.category",
  "feed.link",
  "feed.entry",
  "feed.entry.link",
  "feed.entry.category",
]);
// An independent parser: arrays always, so one entry and many look alike.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (_name, jpath) => ARRAYS.has(String(jpath)) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const hostile = incident({
  id: "inc-x",
  slug: "hostile",
  title: "Bad <b>title</b> & ]]> more",
  status: "identified",
  updates: [
    {
      id: "u-x",
      status: "identified",
      body: "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> [click](javascript:alert(3)) ]]> twice ]]>\u0007",
      displayAt: "2026-03-02T12:00:00.000Z",
      changes: [],
    },
  ],
});

describe("buildRssFeed", () => {
  it("describes the page and lists incidents and maintenance, most recently updated first", () => {
    const { rss } = parse(buildRssFeed(snapshot(), BASE));
    expect(rss["@version"]).toBe("2.0");
    const channel = rss.channel;
    expect(channel).toMatchObject({ title: "Acme status", link: `${BASE}/`, description: expect.stringContaining("Acme") });
    expect(channel["atom:link"][0]).toMatchObject({ "@href": `${BASE}/feed.rss`, "@rel": "self", "@type": "application/rss+xml" });
    expect(new Date(channel.lastBuildDate).toISOString()).toBe("2026-03-03T00:00:00.000Z");

    const [first, second] = channel.item;
    expect(first.title).toBe("Maintenance: Database upgrade [Scheduled]");
    expect(first.guid).toMatchObject({ "#text": `${BASE}/history#maintenance-m1`, "@isPermaLink": "false" });
    expect(first.link).toBe(`${BASE}/maintenance/db-upgrade`);
    expect(second).toMatchObject({ title: "API errors [Monitoring]", link: `${BASE}/incidents/api-errors-ab12` });
    expect(second.guid["#text"]).toBe(`${BASE}/incidents/inc1`);
    expect(new Date(second.pubDate).toISOString()).toBe("2026-03-01T10:05:00.000Z");
    expect(second.category).toEqual(["incident"]);
  });

  it("includes every update, newest first, with its status label and markdown as HTML", () => {
    const { rss } = parse(buildRssFeed(snapshot(), BASE));
    const html: string = rss.channel.item[1]["content:encoded"];
    expect(html).toContain("<strong>looking</strong>");
    expect(html.indexOf("Monitoring <small>")).toBeLessThan(html.indexOf("Investigating <small>"));
    expect(html.indexOf("A fix is out.")).toBeLessThan(html.indexOf("into it."));
  });

  it("makes relative links absolute against the page URL", () => {
    const withLink = incident({
      updates: [
        {
          id: "u",
          status: "identified",
          body: "See [history](/history) and ![](/x.png)",
          displayAt: "2026-03-01T11:00:00.000Z",
          changes: [],
        },
      ],
    });
    const { rss } = parse(buildRssFeed(snapshot({ recentIncidents: [withLink] }), BASE));
    const html: string = rss.channel.item[1]["content:encoded"];
    expect(html).toContain(`<a href="${BASE}/history">history</a>`);
    expect(html).not.toContain("<img"); // images must be absolute http(s) in the source
  });

  it("keeps script, event handlers and javascript: links out of the HTML and stays well-formed", () => {
    const xml = buildRssFeed(snapshot({ recentIncidents: [hostile] }), BASE);
    const { rss } = parse(xml);
    const item = rss.channel.item.find((i: { link: string }) => i.link === `${BASE}/incidents/hostile`);
    // Escaped as in Atom: an RSS reader that renders titles as HTML shows the text, not bold markup.
    expect(item.title).toBe("Bad &lt;b&gt;title&lt;/b&gt; &amp; ]]&gt; more [Identified]");
    const html: string = item["content:encoded"];
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain("&#x3C;script>alert(1)");
    expect(xml).not.toContain("\u0007");
  });

  it("is a valid empty channel when nothing happened", () => {
    const { rss } = parse(buildRssFeed(snapshot({ recentIncidents: [], maintenance: { active: [], upcoming: [], past: [] } }), BASE));
    expect(rss.channel.title).toBe("Acme status");
    const base = snapshot();
    expect(parse(buildRssFeed({ ...base, page: { ...base.page, name: "Acme Status" } }, BASE)).rss.channel.title).toBe("Acme Status");
    expect(rss.channel.item).toBeUndefined();
  });
});

describe("buildAtomFeed", () => {
  it("has feed metadata, self link and entries with stable ids, links and dates", () => {
    const past = maintenance({
      id: "m0",
      slug: "old-upgrade",
      status: "completed",
      scheduledStart: "2026-02-01T02:00:00.000Z",
      scheduledEnd: "2026-02-01T03:00:00.000Z",
      startedAt: "2026-02-01T02:00:00.000Z",
      completedAt: "2026-02-01T02:30:00.000Z",
      updates: [],
    });
    const { feed } = parse(buildAtomFeed(snapshot({ maintenance: { active: [], upcoming: [maintenance()], past: [past] } }), BASE));
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed).toMatchObject({ id: `${BASE}/`, title: "Acme status", updated: "2026-03-03T00:00:00.000Z", author: { name: "Acme" } });
    expect(feed.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ "@rel": "self", "@href": `${BASE}/feed.atom` }),
        expect.objectContaining({ "@rel": "alternate", "@href": `${BASE}/` }),
      ]),
    );
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      `${BASE}/history#maintenance-m1`,
      `${BASE}/incidents/inc1`,
      `${BASE}/history#maintenance-m0`,
    ]);
    const inc = feed.entry[1];
    expect(inc).toMatchObject({ published: "2026-03-01T10:05:00.000Z", updated: "2026-03-01T11:00:00.000Z" });
    expect(inc.link[0]["@href"]).toBe(`${BASE}/incidents/api-errors-ab12`);
    expect(inc.content["@type"]).toBe("html");
    expect(feed.entry[2].link[0]["@href"]).toBe(`${BASE}/maintenance/old-upgrade`);
    expect(feed.entry[2].updated).toBe("2026-02-01T02:30:00.000Z");
  });

  it("escapes titles for type=html and never emits executable markup", () => {
    const { feed } = parse(buildAtomFeed(snapshot({ recentIncidents: [hostile] }), BASE));
    const entry = feed.entry.find((e: { id: string }) => e.id === `${BASE}/incidents/inc-x`);
    expect(entry.title["#text"]).toBe("Bad &lt;b&gt;title&lt;/b&gt; &amp; ]]&gt; more [Identified]");
    expect(entry.content["#text"]).not.toMatch(/<script|<img|javascript:/i);
  });
});
