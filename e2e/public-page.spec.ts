import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";

// The banner is page-wide: the all-clear check must not overlap the test that breaks a component.
test.describe.configure({ mode: "serial" });

test("the status page shows the demo components and an all-clear banner", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acme Status");
  await expect(page.getByRole("region", { name: "Overall status" })).toContainText("All systems operational");
  for (const name of ["Authenticate endpoint", "Track endpoint", "Batch endpoint", "Dashboard"]) {
    await expect(page.locator(`[data-component="${name}"]`)).toBeVisible();
  }
  await page.screenshot({ path: "artifacts/screenshots/home.png", fullPage: true });
});

test("a component degraded in the database shows on the next load", async ({ page }) => {
  const db = e2eDb();
  const name = `E2E component ${Date.now()}`;
  const component = await db.component.create({ data: { name, status: "major_outage", position: 999 } });
  try {
    await page.goto("/");
    await expect(page.locator(`[data-component="${name}"]`)).toContainText("Major outage");
    await expect(page.getByRole("region", { name: "Overall status" })).toContainText("Major outage");
  } finally {
    await db.component.delete({ where: { id: component.id } });
  }
});

test("health reports the database reachable and migrations applied", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { provider: "sqlite", reachable: true } });
  expect(body.migrations.pending).toEqual([]);
});
