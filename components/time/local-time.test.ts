// Server render of the time components (what the HTML says before the browser takes over). Named .test.ts so the
// `unit` vitest project picks it up; JSX is written with createElement.
import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalTime } from "./local-time";
import { TimePreferenceProvider } from "./time-preference";
import { TimeZoneToggle } from "./time-zone-toggle";

const NBSP = "\u00a0";
const ISO = "2021-03-30T14:52:00Z";

function inBerlin(...children: React.ReactNode[]) {
  return renderToStaticMarkup(h(TimePreferenceProvider, { defaultTimeZone: "Europe/Berlin", children: h(Fragment, null, ...children) }));
}

describe("LocalTime (server render)", () => {
  it("renders in the page's configured zone, names the zone and puts UTC in the title", () => {
    const html = inBerlin(h(LocalTime, { iso: ISO, format: "datetime" }));
    expect(html).toBe(`<time dateTime="${ISO}" title="Mar 30, 2021, 2:52 PM UTC">Mar 30, 2021, 4:52${NBSP}PM${NBSP}CEST</time>`);
  });

  it("renders date and time formats", () => {
    expect(inBerlin(h(LocalTime, { iso: ISO, format: "date" }))).toContain(">Mar 30, 2021</time>");
    expect(inBerlin(h(LocalTime, { iso: ISO, format: "time" }))).toContain(`>4:52${NBSP}PM${NBSP}CEST</time>`);
  });

  it("renders only the absolute time for relative on the server (deterministic, no stale 'x minutes ago')", () => {
    const html = inBerlin(h(LocalTime, { iso: ISO, format: "relative" }));
    expect(html).toContain(`>Mar 30, 2021, 4:52${NBSP}PM${NBSP}CEST</time>`);
    expect(html).not.toMatch(/ago|just now/);
  });

  it("is deterministic: two renders give identical HTML", () => {
    const a = inBerlin(h(LocalTime, { iso: ISO }), h(LocalTime, { iso: ISO, format: "relative" }));
    const b = inBerlin(h(LocalTime, { iso: ISO }), h(LocalTime, { iso: ISO, format: "relative" }));
    expect(a).toBe(b);
  });

  it("falls back to UTC outside a provider and for an invalid configured zone", () => {
    expect(renderToStaticMarkup(h(LocalTime, { iso: ISO }))).toContain(`2:52${NBSP}PM${NBSP}UTC</time>`);
    const html = renderToStaticMarkup(h(TimePreferenceProvider, { defaultTimeZone: "Not/AZone", children: h(LocalTime, { iso: ISO }) }));
    expect(html).toContain(`2:52${NBSP}PM${NBSP}UTC</time>`);
  });

  it("shows an unparseable value as plain text instead of crashing the page", () => {
    expect(renderToStaticMarkup(h(LocalTime, { iso: "not-a-date" }))).toBe("<span>not-a-date</span>");
  });
});

describe("TimeZoneToggle (server render)", () => {
  it("is a labelled group of two toggle buttons, local pressed, naming the zone", () => {
    const html = inBerlin(h(TimeZoneToggle));
    expect(html).toMatch(/<div role="group" aria-label="Show times in"/);
    expect(html.match(/<button type="button" aria-pressed="true"[^>]*>[\s\S]*?<\/button>/)?.[0]).toContain("Local time");
    expect(html).toContain("(Europe/Berlin)");
    expect(html.match(/<button type="button" aria-pressed="false"[^>]*>[\s\S]*?<\/button>/)?.[0]).toContain("UTC");
  });
});
