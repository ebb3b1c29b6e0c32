import { expect, test } from "@playwright/test";
import { bumpPublicRevision } from "@/server/public/revision";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";
import { publishOpenIncident, resolveIncident } from "./support/incidents";

// A page per component (status, a bar per day for 30 / 90 / 365 days, its incidents and maintenance),
// and a history that filters by component and searches by text, with links that keep the filter.

const word = () => `zq${Date.now().toString(36)}`;

test("a component page shows its status, a bar for every day of each range, and only its incidents", async ({ page }) => {
  test.setTimeout(120_000); // axe over 365 day buttons, twice
  const db = e2eDb();
  const mine = `Track queue backlog ${word()}`;
  const other = `Dashboard charts blank ${word()}`;
  const track = await publishOpenIncident(db, mine, "Track endpoint");
  const dashboard = await publishOpenIncident(db, other, "Dashboard");
  await resolveIncident(db, dashboard.incident.id, dashboard.component.id);
  try {
    // Published from outside the app: on the page within the refresh time.
    await expect(async () => {
      await page.goto("/");
      await expect(page.locator(`[data-incident="${track.incident.slug}"]`)).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 10_000 });
    await page.locator('[data-component="Track endpoint"]').getByRole("link", { name: "Track endpoint" }).click();
    await expect(page).toHaveURL(/\/components\/track-endpoint$/);
    await expect(page.getByRole("heading", { level: 1, name: "Track endpoint" })).toBeVisible();
    await expect(page.getByRole("link", { name: mine })).toBeVisible();
    await expect(page.getByText("Degraded performance").first()).toBeVisible();
    await expect(page.getByRole("link", { name: other })).toHaveCount(0);

    const bars = page.getByRole("toolbar", { name: "Track endpoint: uptime by day" }).getByRole("button");
    await expect(bars).toHaveCount(90);
    const range = page.getByRole("navigation", { name: "Range" });
    await expect(range.getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
    await range.getByRole("link", { name: "12 months" }).click();
    await expect(page).toHaveURL(/\/components\/track-endpoint\/365$/);
    await expect(bars).toHaveCount(365);
    // Every day is on screen at this range, not only the ones that fit (the home page's tiers).
    for (const index of [0, 180, 364]) await expect(bars.nth(index)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Uptime, last 12 months" })).toBeVisible();
    await expect(page.getByText(/\d+(\.\d+)?% uptime/).first()).toBeVisible();
    await expectAccessibleInBothSchemes(page, "component-365");

    await range.getByRole("link", { name: "30 days" }).click();
    await expect(page).toHaveURL(/\/components\/track-endpoint\/30$/);
    await expect(bars).toHaveCount(30);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(bars.first()).toBeVisible();
    await expectAccessibleInBothSchemes(page, "component-30-phone");

    const response = await page.goto("/components/no-such-component");
    expect(response?.status()).toBe(404);
  } finally {
    await resolveIncident(db, track.incident.id, track.component.id);
  }
});

test("history filters by component and searches by text; the links keep the filter", async ({ page }) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const marker = word();
  const mine = `Ingest lag ${marker}`;
  const other = `Login slow ${marker}`;
  for (const [title, component] of [
    [mine, "Track endpoint"],
    [other, "Authenticate endpoint"],
  ] as const) {
    const { incident, component: c } = await publishOpenIncident(db, title, component);
    await resolveIncident(db, incident.id, c.id);
  }

  await expect(async () => {
    await page.goto("/history");
    await expect(page.getByRole("link", { name: mine })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  const search = page.getByRole("search");
  await search.getByLabel("Component").selectOption({ label: "Track endpoint" });
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/history\?component=track-endpoint$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incident history: Track endpoint");
  await expect(page.getByRole("link", { name: mine })).toBeVisible();
  await expect(page.getByRole("link", { name: other })).toHaveCount(0);
  await expect(search.getByLabel("Component")).toHaveValue("track-endpoint");
  const older = page.getByRole("navigation", { name: "History pages" }).getByRole("link", { name: "Older →" });
  if ((await older.count()) > 0) await expect(older).toHaveAttribute("href", "/history?component=track-endpoint&page=2");
  await expectAccessibleInBothSchemes(page, "history-filtered");

  // Text search, within the filter: the query is in the URL, so a reload (or a shared link) keeps it.
  await search.getByLabel("Search").fill(marker);
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`/history\\?component=track-endpoint&q=${marker}$`));
  await expect(page.getByRole("status").filter({ hasText: "for “" })).toHaveText(`1 result for “${marker}” Clear search`);
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: mine })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem")).toHaveCount(1);
  await expect(search.getByLabel("Search")).toHaveValue(marker);
  await expectAccessibleInBothSchemes(page, "history-search");

  // All components: both incidents match the word.
  await search.getByLabel("Component").selectOption({ label: "All components" });
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("link", { name: "Clear search" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
});

test("a component keeps its page address when it is renamed in the console", async ({ page }) => {
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  const marker = word();
  const name = `Search API ${marker}`;
  const renamed = `Lookup API ${marker}`;
  const address = `/components/search-api-${marker}`;
  try {
    await page.goto("/admin/components");
    await page.getByRole("button", { name: "Add component" }).first().click();
    const create = page.getByRole("form", { name: "New component" });
    await create.getByLabel("Name").fill(name);
    await create.getByRole("button", { name: "Add component" }).click();
    const row = page.locator(`[data-component="${name}"]`);
    // The console says where its page is.
    await expect(row.getByRole("link", { name: address })).toHaveAttribute("href", address);

    await row.getByRole("button", { name: `Edit ${name}` }).click();
    const edit = page.getByRole("form", { name: `Edit ${name}` });
    await edit.getByLabel("Name").fill(renamed);
    await edit.getByRole("button", { name: "Save component" }).click();
    await expect(page.locator(`[data-component="${renamed}"]`).getByRole("link", { name: address })).toBeVisible();
    // The console announces the new name.
    await expect(page.getByRole("status").filter({ hasText: `${renamed} saved.` })).toBeVisible();
    await page.screenshot({ path: "artifacts/screenshots/console-component-address.png", fullPage: true });

    // The old address shows the new name; nothing moved.
    await expect(async () => {
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 10_000 });
    expect((await page.request.get(`/components/lookup-api-${marker}`)).status()).toBe(404);
  } finally {
    await db.component.deleteMany({ where: { name: { in: [name, renamed] } } });
    await db.$transaction((tx) => bumpPublicRevision(tx));
  }
});
