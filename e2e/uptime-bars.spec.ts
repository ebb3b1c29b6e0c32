import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";

// A demo incident (server/seed/demo-history.ts) on a component no other spec opens incidents on at that time.
const DEMO_TITLE = "Batch endpoint rejecting large payloads";
const ROW = `[data-component="Batch endpoint"]`;
const VIEWER_ZONE = "America/New_York"; // playwright.config.ts

/** The viewer's calendar day (YYYY-MM-DD) on which the demo incident started: the bars use the viewer's days. */
async function demoIncidentDay() {
  const incident = await e2eDb().incident.findFirstOrThrow({ where: { title: DEMO_TITLE }, include: { windows: true } });
  return new Intl.DateTimeFormat("en-CA", { timeZone: VIEWER_ZONE }).format(incident.windows[0]!.startedAt);
}

const popover = (page: Page) => page.getByRole("group", { name: /^Details for / });
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));

test("without JavaScript the page is light and each row of bars reads as one summary", async ({ browser, request }) => {
  const html = await (await request.get("/")).text();
  // Issue 10: the demo home stays within 100 KB (it was 394 KB with a named button per day in the HTML).
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(100_000);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const row = page.locator(ROW);
  await expect(
    row.getByRole("img", {
      name: /^Batch endpoint: uptime by day, last 90 days: .*partial outage, 1 incident;.* no downtime on the other \d+ days$/,
    }),
  ).toBeVisible();
  await expect(row).toContainText("Operational");
  await expect(row).toContainText(/\d+(\.\d+)?% uptime/);
  await expect(row.getByRole("button")).toHaveCount(0);
  await context.close();
});

test("hovering a day opens its details with the incident link, and leaving closes them", async ({ page }) => {
  await page.goto("/");
  const bar = page.locator(`${ROW} [role=toolbar] button[data-date="${await demoIncidentDay()}"]`);
  await expect(bar).toHaveAccessibleName(/partial outage, 1 incident$/);
  await bar.hover();
  await expect(popover(page)).toBeVisible();
  await expect(popover(page)).toContainText("Partial outage");
  await expect(popover(page).getByRole("link", { name: DEMO_TITLE })).toBeVisible();
  await expect(bar).toHaveAttribute("aria-expanded", "true");
  await expect(bar).toHaveAttribute("aria-controls", (await popover(page).getAttribute("id"))!);
  await page.mouse.move(1, 1);
  await expect(popover(page)).toHaveCount(0);
  await expect(bar).toHaveAttribute("aria-expanded", "false");
});

test("each row is one tab stop; arrows, Home and End move between days and Escape closes the details", async ({ page }) => {
  await page.goto("/");
  const toolbar = page.locator(`${ROW} [role=toolbar]`);
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveAccessibleName(/^Today, /);

  // Tab from the row's heading area lands on today's bar and opens its details.
  // From the row's name (a link to the component's page), the next tab stop is the row of days.
  await page.locator(`${ROW} h3 a`).focus();
  await page.keyboard.press("Tab");
  expect(await focusedName(page)).toMatch(/^Today, /);
  await expect(popover(page)).toContainText("Today so far");

  await page.keyboard.press("ArrowLeft");
  const yesterday = await focusedName(page);
  expect(yesterday).not.toMatch(/^Today, /);
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveAccessibleName(yesterday!);
  await page.keyboard.press("Home");
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveAccessibleName(
    (await toolbar.getByRole("button").first().getAttribute("aria-label"))!,
  );
  await page.keyboard.press("End");
  expect(await focusedName(page)).toMatch(/^Today, /);

  await page.keyboard.press("Escape");
  await expect(popover(page)).toHaveCount(0);
  expect(await focusedName(page)).toMatch(/^Today, /);

  // The next Tab leaves the row for the next one (not the next day).
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("[data-component]")?.getAttribute("data-component"))).toBe("Dashboard");
});

test("on a phone a tap opens a day's details and a tap elsewhere closes them", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    timezoneId: VIEWER_ZONE,
  });
  const page = await context.newPage();
  await page.goto("/");
  const shown = page.locator(`${ROW} [role=toolbar] button:visible`);
  await expect(shown).toHaveCount(30);
  await shown.nth(10).tap();
  await expect(popover(page)).toBeVisible();
  await page.locator("h2", { hasText: "Components" }).tap();
  await expect(popover(page)).toHaveCount(0);
  await context.close();
});
