import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import { untilAllClear } from "./support/settled";

/**
 * The host pages come from a real HTTP server on another port (another origin). A page faked with
 * page.route counts as public to Chromium, whose local-network rules then block the loopback app.
 */
let host: { url: string; html: string; server: Server };
test.beforeAll(async () => {
  const server = createServer((_, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(host.html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, html: "", server };
});
test.afterAll(async () => {
  await new Promise((resolve) => host.server.close(resolve));
});

// A third-party page with hostile CSS that would hide or restyle any link it could reach.
const hostPage = (scriptUrl: string, componentId: string) => `<!doctype html>
<html><head><title>Host</title><style>a{display:none!important}body{color:red;font:40px serif}</style></head>
<body>
  <p>Before <script src="${scriptUrl}" async></script> after</p>
  <p><script src="${scriptUrl}" data-component="${componentId}" data-theme="dark" async></script></p>
</body></html>`;

// /widget.js on another origin: each script tag gets a pill in a shadow root, the host's CSS cannot reach it.
test("widget.js shows the status pill on another site", async ({ page, request, baseURL }) => {
  const component = await e2eDb().component.findFirstOrThrow({ where: { name: "Track endpoint" } });
  // PUBLIC_URL (set for the e2e server) is the base of every link.
  const pageUrl = `${baseURL}/`;

  const script = await request.get("/widget.js");
  expect(script.status()).toBe(200);
  expect(script.headers()).toMatchObject({
    "content-type": "text/javascript; charset=utf-8",
    "x-content-type-options": "nosniff",
    "access-control-allow-origin": "*",
  });
  expect(script.headers()["cache-control"]).toContain("max-age=30");

  const warnings: string[] = [];
  page.on("console", (message) => message.text().startsWith("Status widget") && warnings.push(message.text()));
  host.html = hostPage(`${baseURL}/widget.js`, component.id);
  await untilAllClear(request);
  await page.goto(host.url);

  // Playwright's CSS locators pierce open shadow roots; the host's `a{display:none}` must not.
  const pills = page.locator("p a");
  await expect(pills).toHaveCount(2);
  await expect(pills.first()).toBeVisible();
  await expect(pills.first()).toHaveText("All systems operational");
  await expect(pills.first()).toHaveAttribute("href", pageUrl);
  await expect(pills.nth(1)).toHaveText("Track endpoint: Operational");
  await expect(pills.nth(1)).toHaveClass("dark");
  expect(await pills.first().evaluate((a) => a.getRootNode() instanceof ShadowRoot)).toBe(true);
  expect(await pills.first().evaluate((a) => getComputedStyle(a).fontSize)).toBe("14px");
  expect(warnings).toEqual([]);
  await page.screenshot({ path: "artifacts/screenshots/widget-host.png" });
});

test("widget.js fills a container and falls back to the overall status for an unknown component", async ({ page, request, baseURL }) => {
  const warnings: string[] = [];
  page.on("console", (message) => message.text().startsWith("Status widget") && warnings.push(message.text()));
  host.html = `<!doctype html><html><head><script src="${baseURL}/widget.js" async></script></head>
<body><div id="slot" data-statuspage-widget data-component="no-such-component"></div></body></html>`;
  await untilAllClear(request);
  await page.goto(host.url);

  await expect(page.locator("#slot a")).toHaveText("All systems operational");
  await expect.poll(() => warnings.join("\n")).toContain("unknown component");
});
