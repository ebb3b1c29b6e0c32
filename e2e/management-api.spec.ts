import { expect, test, type Page } from "@playwright/test";
import { createUser, signIn } from "./support/admin";
import { e2eDb } from "./support/db";

// A monitoring system drives an incident with curl-style requests; an admin issues and revokes its token.
async function createToken(page: Page, name: string, scope: "write" | "read"): Promise<string> {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope").selectOption(scope);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Token “${name}”` })).toBeVisible();
  return page.getByTestId("token-secret").inputValue();
}

test("token lifecycle: create, use with curl-style requests, scopes, field errors, public page, revoke", async ({ page, request }) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/tokens");
  const suffix = Date.now().toString(36);
  const writeToken = await createToken(page, `Pager ${suffix}`, "write");
  const readToken = await createToken(page, `Reader ${suffix}`, "read");
  expect(writeToken).toMatch(/^spk_/);
  await page.reload();
  await expect(page.getByTestId("token-secret")).toHaveCount(0); // shown once

  const component = await db.component.findFirstOrThrow({ where: { name: "Warehouse sync" } });
  const api = (token: string) => ({ Authorization: `Bearer ${token}`, "Content-Type": "application/json" });
  const title = `Warehouse sync stalled ${suffix}`;

  const refused = await request.post("/api/admin/v1/incidents", { headers: api(readToken), data: { title, body: "x" } });
  expect(refused.status()).toBe(403);
  const invalid = await request.post("/api/admin/v1/incidents", { headers: api(writeToken), data: { title: "", impact: "huge" } });
  expect(invalid.status()).toBe(422);
  expect(Object.keys((await invalid.json()).fieldErrors)).toEqual(expect.arrayContaining(["title", "impact"]));

  const created = await request.post("/api/admin/v1/incidents", {
    headers: api(writeToken),
    data: {
      title,
      body: "Syncs to the warehouse are **stalled**.",
      impact: "major",
      components: [{ componentId: component.id, status: "major_outage" }],
    },
  });
  expect(created.status()).toBe(201);
  const incidentId = (await created.json()).data.id as string;

  await expect(async () => {
    await page.goto("/");
    await expect(page.getByText(title).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  const update = await request.post(`/api/admin/v1/incidents/${incidentId}/updates`, {
    headers: api(writeToken),
    data: { status: "identified", body: "A stuck consumer; restarting it." },
  });
  expect(update.status()).toBe(201);
  const resolved = await request.post(`/api/admin/v1/incidents/${incidentId}/resolve`, {
    headers: api(writeToken),
    data: { body: "Syncs caught up." },
  });
  expect(resolved.status()).toBe(200);
  expect((await db.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");

  const openapi = await request.get("/api/admin/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");

  // Revoke in the console: the next request with it is refused.
  await page.goto("/admin/tokens");
  const row = page.locator(`tr[data-token="Pager ${suffix}"]`);
  await expect(row).not.toContainText("Never");
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  const afterRevoke = await request.get("/api/admin/v1/incidents", { headers: api(writeToken) });
  expect(afterRevoke.status()).toBe(401);

  const audit = await db.auditLog.findMany({ where: { actorType: "token", entityId: incidentId } });
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["incident.create", "incident_update.create", "incident.resolve"]));
});
