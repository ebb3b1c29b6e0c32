import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { apiSnapshot } from "@/test/fixtures/snapshot";
import { STATUS_BADGE } from "./badge-status";
import { FakeElement, fakePage, jsonResponse, pill } from "./test-fake-dom";
import { widgetConfig, widgetScript } from "./widget-script";

const BASE = "https://status.acme.example";
const HOSTILE = "</script><script>alert(1)</script>\u2028\u2029<!--";

function hostileSnapshot() {
  const snap = apiSnapshot();
  const components = snap.api!.components.map((c) => (c.id === "c-api" ? { ...c, name: HOSTILE } : c));
  return { ...snap, page: { ...snap.page, name: HOSTILE }, api: { ...snap.api!, components } };
}

/** A page with widget.js placed in its body, run once. */
function pageWithScript(attributes: Record<string, string> = {}, code = widgetScript(apiSnapshot(), BASE), page = fakePage()) {
  const script = page.body.appendChild(new FakeElement("script", attributes));
  page.body.appendChild(new FakeElement("footer"));
  page.run(code, script);
  return { page, script, host: script.nextSibling! };
}

describe("widgetConfig", () => {
  it("carries the overall status and every component and group of components.json", () => {
    const config = widgetConfig(apiSnapshot(), BASE);
    expect(config).toMatchObject({ base: BASE, url: `${BASE}/`, title: "Acme status page", overall: "partial_outage", refreshMs: 60_000 });
    expect(config.components).toContainEqual({ id: "c-api", name: "API", status: "partial_outage" });
    expect(config.components).toContainEqual({ id: "g-core", name: "Core", status: "partial_outage" });
    expect(config.components?.map((c) => c.id)).not.toContain("g-empty");
    expect(config.styles.partial_outage).toEqual({
      color: STATUS_BADGE.partial_outage.color,
      overall: "Partial outage",
      component: "Partial outage",
    });
    expect(config.styles.operational.overall).toBe("All systems operational");
    expect(config.descriptions).toMatchObject({
      "All Systems Operational": "operational",
      "Service Under Maintenance": "under_maintenance",
    });
  });

  it("has no component list for a snapshot written before the API existed", () => {
    expect(widgetConfig(apiSnapshot({ api: undefined }), BASE).components).toBeNull();
  });
});

describe("widgetScript", () => {
  it("compiles as a classic script", () => {
    expect(() => new vm.Script(widgetScript(apiSnapshot(), BASE))).not.toThrow();
  });

  it("embeds hostile names so they cannot end the script or a string", () => {
    const code = widgetScript(hostileSnapshot(), BASE);
    expect(code).not.toMatch(/<\/script|<!--|[\u2028\u2029]/i);
    expect(() => new vm.Script(code)).not.toThrow();
    const { host } = pageWithScript({ "data-component": "c-api" }, code);
    expect(pill(host).text).toBe(`${HOSTILE}: Partial outage`);
    expect(pill(host).link.title).toBe(`${HOSTILE} status page`);
  });
});

describe("widget.js in a page", () => {
  it("puts the overall status pill, linking to the page, in a shadow root right after its script", () => {
    const { page, host } = pageWithScript({ "data-theme": "dark" });
    expect(host.tagName).toBe("span");
    const { link, dot, text } = pill(host);
    expect(text).toBe("Partial outage");
    expect(link).toMatchObject({ href: `${BASE}/`, target: "_blank", rel: "noopener", className: "dark" });
    expect(dot.style.background).toBe(STATUS_BADGE.partial_outage.color);
    expect(host.shadowRoot!.children[0]!.textContent).toContain(":host{all:initial");
    expect(page.intervals.map((i) => i.ms)).toEqual([60_000]);
    expect(page.warnings).toEqual([]);
  });

  it("styles the shadow root with one constructed sheet, which the host's CSP style-src does not block", () => {
    const page = fakePage({ constructedSheets: true });
    const code = widgetScript(apiSnapshot(), BASE);
    const hosts = [1, 2].map(() => page.body.appendChild(new FakeElement("div", { "data-statuspage-widget": "" })));
    page.run(code, page.body.appendChild(new FakeElement("script")));
    const [first, second] = hosts.map((h) => h.shadowRoot as FakeElement & { adoptedStyleSheets: Array<{ cssText: string }> });
    expect(first!.children.map((c) => c.tagName)).toEqual(["a"]);
    expect(first!.adoptedStyleSheets[0]!.cssText).toContain(":host{all:initial");
    expect(second!.adoptedStyleSheets[0]).toBe(first!.adoptedStyleSheets[0]);
  });

  it("carries the page's brand: its logo (made absolute, https only) and its accent on hover and focus", () => {
    const plain = pageWithScript();
    expect(pill(plain.host).logo).toBeNull();
    const snap = apiSnapshot();
    const branded = {
      ...snap,
      page: {
        ...snap.page,
        logoUrl: "/logo.png",
        brand: { accentColor: "#1d4ed8", logoDarkUrl: null, faviconUrl: null, supportUrl: null, footerLinks: [] },
      },
    };
    const { host } = pageWithScript({}, widgetScript(branded, BASE));
    expect(pill(host).logo?.getAttribute("src")).toBe(`${BASE}/logo.png`);
    expect(pill(host).logo?.getAttribute("alt")).toBe("");
    expect(widgetConfig(branded, BASE).css).toContain("a:hover,a:focus-visible{border-color:#1d4ed8}");
    // Not over plain http, on someone else's (possibly https) page.
    expect(widgetConfig(branded, "http://status.acme.example").logo).toBeNull();
  });

  it("links only to http(s) URLs", () => {
    const { host } = pageWithScript({}, widgetScript(apiSnapshot(), "javascript:alert(1)//"));
    expect(pill(host).link.href).toBe("");
  });

  it("shows a component or group named by data-component", () => {
    expect(pill(pageWithScript({ "data-component": "c-cdn" }).host).text).toBe("CDN: Operational");
    expect(pill(pageWithScript({ "data-component": "g-core" }).host).text).toBe("Core: Partial outage");
  });

  it("falls back to the overall status with one warning for an unknown component", () => {
    const { page, host } = pageWithScript({ "data-component": "nope" });
    expect(pill(host).text).toBe("Partial outage");
    expect(page.warnings).toEqual(['Status widget: unknown component "nope", showing the overall status.']);
  });

  it("fills every data-statuspage-widget container, waiting for the document when run early", () => {
    const page = fakePage({ readyState: "loading" });
    const script = page.head.appendChild(new FakeElement("script", { "data-theme": "light" }));
    page.run(widgetScript(apiSnapshot(), BASE), script);
    const first = page.body.appendChild(new FakeElement("div", { "data-statuspage-widget": "" }));
    const second = page.body.appendChild(
      new FakeElement("div", { "data-statuspage-widget": "", "data-component": "c-db", "data-theme": "auto" }),
    );
    expect(first.shadowRoot).toBeNull();
    page.domContentLoaded();
    expect(pill(first)).toMatchObject({ text: "Partial outage", link: { className: "light" } });
    expect(pill(second)).toMatchObject({ text: "Database: Operational", link: { className: "auto" } });
    expect(page.head.children).toHaveLength(1);
  });

  it("does not mount twice when included twice, and warns when it has nowhere to go", () => {
    const page = fakePage();
    const container = page.body.appendChild(new FakeElement("div", { "data-statuspage-widget": "" }));
    const code = widgetScript(apiSnapshot(), BASE);
    page.run(code, page.body.appendChild(new FakeElement("script")));
    page.run(code, page.body.appendChild(new FakeElement("script")));
    expect(container.shadowRoot!.children).toHaveLength(2);
    expect(page.body.children).toHaveLength(3);
    expect(page.intervals).toHaveLength(1);

    const bare = fakePage();
    bare.run(code, bare.head.appendChild(new FakeElement("script")));
    expect(bare.warnings[0]).toMatch(/data-statuspage-widget/);
  });

  it("follows status.json and components.json every minute and keeps the last state on failure", async () => {
    let answers: Record<string, unknown> | null = {
      "/api/v2/status.json": { status: { indicator: "none", description: "Service Under Maintenance" } },
      "/api/v2/components.json": {
        components: [
          { id: "c-api", name: "<b>API</b>", status: "operational" },
          { id: "bad", name: "X", status: "toString" },
        ],
      },
    };
    const page = fakePage({
      fetch: (url) => (answers ? jsonResponse(answers[url.slice(BASE.length)]) : Promise.reject(new Error("offline"))),
    });
    const overall = pageWithScript({}, undefined, page).host;
    const api = page.body.appendChild(new FakeElement("script", { "data-component": "c-api" }));
    page.run(widgetScript(apiSnapshot(), BASE), api);
    const tick = async () => {
      page.intervals.forEach((i) => i.run());
      await new Promise((resolve) => setTimeout(resolve, 0));
    };

    await tick();
    expect(page.fetched).toContain(`${BASE}/api/v2/components.json`);
    expect(pill(overall)).toMatchObject({
      text: "Under maintenance",
      dot: { style: { background: STATUS_BADGE.under_maintenance.color } },
    });
    expect(pill(api.nextSibling!).text).toBe("<b>API</b>: Operational");

    answers = null;
    await tick();
    expect(pill(overall).text).toBe("Under maintenance");
  });
});
