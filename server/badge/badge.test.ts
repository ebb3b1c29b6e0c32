import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { snapshot } from "@/test/fixtures/snapshot";
import type { PublicComponent } from "@/server/public/snapshot-types";
import { statusBadge } from "./badge-status";
import { badgeSvg, textWidth } from "./badge-svg";
import { embedHtml } from "./embed-html";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

const component = (id: string, status: PublicComponent["status"]): PublicComponent => ({
  id,
  name: id,
  description: null,
  status,
  groupId: null,
  since: null,
  windows: [],
  maintenance: [],
});

describe("badgeSvg", () => {
  it("is well-formed SVG with an accessible title and boxes sized to the text", () => {
    const svg = badgeSvg({ label: "status", message: "partial outage", color: "#c2410c" });
    expect(XMLValidator.validate(svg)).toBe(true);
    const { svg: root } = parser.parse(svg);
    expect(root).toMatchObject({ "@role": "img", "@aria-label": "status: partial outage", title: "status: partial outage" });
    const [labelBox, messageBox] = root.g[0].rect;
    expect(Number(labelBox["@width"])).toBeGreaterThanOrEqual(textWidth("status") + 10);
    expect(Number(messageBox["@width"])).toBeGreaterThan(Number(labelBox["@width"]));
    expect(messageBox["@fill"]).toBe("#c2410c");
    expect(Number(root["@width"])).toBe(Number(labelBox["@width"]) + Number(messageBox["@width"]));
  });

  it("escapes text and refuses colours that are not hex", () => {
    const svg = badgeSvg({ label: "<x>", message: 'a"&b', color: "red;}</style>" });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<x>");
    expect(svg).toContain('fill="#9f9f9f"');
  });

  it("measures wide text wider than narrow text", () => {
    expect(textWidth("mmmm")).toBeGreaterThan(textWidth("iiii") * 2);
    expect(textWidth("")).toBe(0);
  });
});

describe("statusBadge", () => {
  const snap = snapshot({
    overall: { status: "degraded_performance", label: "Degraded performance" },
    rows: [
      { kind: "component", component: component("c1", "major_outage") },
      {
        kind: "group",
        group: {
          id: "g1",
          name: "g",
          description: null,
          status: "under_maintenance",
          collapsed: false,
          components: [component("c2", "operational")],
        },
      },
    ],
  });

  it("reports the overall status, a component's, a grouped component's and a group's", () => {
    expect(statusBadge(snap)).toMatchObject({ label: "status", message: "degraded" });
    expect(statusBadge(snap, "c1")).toMatchObject({ message: "major outage" });
    expect(statusBadge(snap, "c2")).toMatchObject({ message: "operational" });
    expect(statusBadge(snap, "g1")).toMatchObject({ message: "maintenance" });
  });

  it("returns null for an unknown id", () => {
    expect(statusBadge(snap, "nope")).toBeNull();
  });
});

describe("embedHtml", () => {
  it("links the overall status to the page and escapes the page name", () => {
    const html = embedHtml(snapshot({ page: { ...snapshot().page, name: "<Acme>" } }), "https://status.acme.example");
    expect(html).toContain('href="https://status.acme.example/"');
    expect(html).toContain("Partial outage");
    expect(html).toContain("&lt;Acme&gt; status");
    expect(html).not.toContain("<script");
  });
});
