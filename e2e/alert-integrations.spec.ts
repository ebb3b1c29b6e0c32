import { expect, test } from "@playwright/test";
import { bumpPublicRevision } from "@/server/public/revision";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";

test("an admin adds an Alertmanager integration and a rule; a posted alert opens a draft and degrades the component", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const name = `Alerted ${Date.now().toString(36)}`;
  const component = await db.component.create({ data: { name } });
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Alerts" }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { name: "Alert integrations" })).toBeVisible();

  await page.getByLabel("Name").fill("Production Prometheus");
  await page.getByRole("button", { name: "Add integration" }).click();
  const token = await page.getByLabel("Integration token").inputValue();
  expect(token).toMatch(/^spk_/);
  await expect(page.getByRole("status").filter({ hasText: "/api/alerts/v1/alertmanager" })).toBeVisible();

  const panel = page.getByRole("region", { name: "Production Prometheus" }).last();
  await panel.getByLabel("Alerts with labels").fill('service="e2e-checkout"');
  await panel.getByRole("group", { name: "Components" }).getByLabel(name).check();
  await panel.getByRole("button", { name: "Add rule" }).click();
  await expect(panel.getByRole("cell", { name: 'service="e2e-checkout"', exact: true })).toBeVisible();

  await expectAccessibleInBothSchemes(page, "admin-alerts");

  const alert = (status: "firing" | "resolved") => ({
    version: "4",
    status,
    receiver: "statuspage",
    groupLabels: { alertname: "CheckoutDown" },
    alerts: [
      {
        status,
        labels: { alertname: "CheckoutDown", service: "e2e-checkout" },
        annotations: { summary: `Checkout failing ${name}` },
        startsAt: new Date().toISOString(),
        endsAt: "0001-01-01T00:00:00Z",
        fingerprint: `e2e-${name}`,
      },
    ],
  });
  const post = (status: "firing" | "resolved", secret = token) =>
    request.post("/api/alerts/v1/alertmanager", { data: alert(status), headers: { authorization: `Bearer ${secret}` } });
  expect((await post("firing", "spk_wrong")).status()).toBe(401);
  const accepted = await post("firing");
  expect(accepted.status()).toBe(202);
  try {
    await expect
      .poll(async () => (await db.component.findUniqueOrThrow({ where: { id: component.id } })).status, { timeout: 30_000 })
      .toBe("major_outage");
    await page.goto("/admin/incidents");
    await expect(page.getByRole("link", { name: `Checkout failing ${name}` })).toBeVisible();
  } finally {
    expect((await post("resolved")).status()).toBe(202);
    await expect
      .poll(async () => (await db.component.findUniqueOrThrow({ where: { id: component.id } })).status, { timeout: 30_000 })
      .toBe("operational");
    await db.component.update({ where: { id: component.id }, data: { showcase: false } });
    await db.$transaction((tx) => bumpPublicRevision(tx));
  }
});
