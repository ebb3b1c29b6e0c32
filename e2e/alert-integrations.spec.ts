import { expect, test } from "@playwright/test";
import { bumpPublicRevision } from "@/server/public/revision";
import { checkSlack } from "@/test/chat-shapes";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { WebhookReceiver } from "@/test/webhook-receiver";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";
import { E2E_SMTP_PORT } from "./support/ports";

// The app's own worker delivers: email to a real SMTP server, chat to a real HTTP receiver.
const catcher = new SmtpCatcher();
const receiver = new WebhookReceiver();
let base = "";
test.beforeAll(async () => {
  await catcher.start(E2E_SMTP_PORT);
  base = await receiver.start();
});
test.afterAll(async () => {
  await catcher.stop();
  await receiver.stop();
});

test("an alert opens a draft on the dashboard; published, it reaches the email subscriber and a Slack channel", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const name = `Alerted ${Date.now().toString(36)}`;
  const component = await db.component.create({ data: { name } });
  const subscriberEmail = `alerted-${Date.now().toString(36)}@example.test`;
  await db.subscriber.create({
    data: {
      email: subscriberEmail,
      emailNormalized: subscriberEmail,
      status: "active",
      source: "admin",
      manageSalt: "e2e-salt",
      components: { create: [{ componentId: component.id }] },
    },
  });
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);

  // A Slack channel for this component only, added in the console.
  await page.getByRole("link", { name: "Chat channels" }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { name: "Chat channels" })).toBeVisible();
  await page.getByLabel("Service").selectOption("slack");
  await page.getByLabel("Name (optional)").fill(`#status ${name}`);
  await page.getByLabel("Incoming-webhook URL").fill(`${base}/slack-e2e`);
  await page.getByRole("group", { name: "Components (none: all)" }).getByLabel(name).check();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByRole("region", { name: `#status ${name}` })).toBeVisible();
  await expectAccessibleInBothSchemes(page, "admin-chat");

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
    // The draft waits on the dashboard; the engineer opens it and publishes it.
    await page.goto("/admin");
    const drafts = page.getByRole("region", { name: "Drafts to review" });
    await drafts.getByRole("link", { name: `Checkout failing ${name}` }).click();
    await page.getByRole("button", { name: "Publish…" }).click();
    const dialog = page.getByRole("dialog", { name: "Publish this incident?" });
    await dialog.getByLabel("Notify subscribers").check();
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("button", { name: "Resolve…" })).toBeVisible();

    await expect
      .poll(() => catcher.mails.filter((m) => m.to.includes(subscriberEmail)).map((m) => m.subject), { timeout: 30_000 })
      .toEqual([expect.stringContaining(`Checkout failing ${name}`)]);
    await expect.poll(() => receiver.at("/slack-e2e").length, { timeout: 30_000 }).toBe(1);
    const slack = JSON.parse(receiver.at("/slack-e2e")[0]!.body) as { text: string };
    expect(checkSlack(slack)).toEqual([]);
    expect(slack.text).toContain(`Checkout failing ${name}`);
    expect(JSON.stringify(slack)).toMatch(/\/incidents\/[\w-]+/);
  } finally {
    expect((await post("resolved")).status()).toBe(202);
    await expect
      .poll(async () => (await db.component.findUniqueOrThrow({ where: { id: component.id } })).status, { timeout: 30_000 })
      .toBe("operational");
    await db.component.update({ where: { id: component.id }, data: { showcase: false } });
    await db.$transaction((tx) => bumpPublicRevision(tx));
  }
});
