import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { WebhookReceiver } from "@/test/webhook-receiver";
import { createUser, signIn } from "./support/admin";
import { e2eDb } from "./support/db";

// An admin points a webhook at a receiver; the app's own worker delivers signed JSON to it.
const receiver = new WebhookReceiver();
let base = "";
test.beforeAll(async () => {
  base = await receiver.start();
});
test.afterAll(async () => {
  await receiver.stop();
});

test("webhooks: add an endpoint, test it, receive a signed incident event, see the log, delete", async ({ page }) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/webhooks");

  // Bad input: a field error, and nothing stored.
  const before = await db.webhookEndpoint.count();
  await page.getByLabel("URL").fill("ftp://files.example.com/");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Enter a full http:// or https:// URL")).toBeVisible();
  expect(await db.webhookEndpoint.count()).toBe(before);

  const url = `${base}/e2e-${Date.now().toString(36)}`;
  await page.getByLabel("URL").fill(url);
  await page.getByLabel("Description").fill("Chat bridge");
  await page.getByLabel("Maintenance").uncheck();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Endpoint added" })).toBeVisible();
  const secret = await page.getByTestId("webhook-secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  const path = new URL(url).pathname;
  const bodies = () =>
    receiver.at(path).map(
      (r) =>
        new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as {
          meta: { event: string };
          incident?: { name: string; status: string };
        },
    );

  await page.getByRole("link", { name: url }).click();
  await expect(page.getByRole("heading", { name: "Chat bridge" })).toBeVisible();
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect.poll(() => bodies().map((b) => b.meta.event), { timeout: 20_000 }).toEqual(["ping"]);

  // An editor declares an incident in the console: the endpoint gets it, signed, in Statuspage's shape.
  const editor = await createUser(db, { role: "editor" });
  const editorPage = await page.context().browser()!.newPage();
  await signIn(editorPage, editor.email, editor.password);
  await editorPage.goto("/admin/incidents/new");
  const title = `Webhook relay check ${Date.now()}`;
  await editorPage.getByLabel("Title").fill(title);
  await editorPage.getByLabel("Impact").selectOption("minor");
  await editorPage.getByRole("textbox", { name: "First update" }).fill("Relaying to the chat bridge.");
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await editorPage.waitForURL(/\/admin\/incidents\/(?!new)[^/]+$/);
  await expect
    .poll(() => bodies().find((b) => b.meta.event === "incident.created")?.incident, { timeout: 20_000 })
    .toMatchObject({ name: title, status: "investigating" });

  // Resolving sends the incident again, resolved (and leaves the page green for the specs after this one).
  await editorPage.getByRole("button", { name: "Resolve…" }).click();
  const resolve = editorPage.getByRole("dialog");
  await resolve.getByLabel("Resolution update").fill("Relay verified.");
  await resolve.getByRole("button", { name: "Resolve incident" }).click();
  await expect
    .poll(() => bodies().find((b) => b.meta.event === "incident.resolved")?.incident, { timeout: 20_000 })
    .toMatchObject({ name: title, status: "resolved" });
  await editorPage.close();

  await page.reload();
  const log = page.locator("tr[data-delivery]");
  await expect(log.filter({ hasText: "incident.created" }).getByText("Delivered", { exact: true })).toBeVisible();
  await expect(log.filter({ hasText: "ping" }).getByText("Delivered", { exact: true })).toBeVisible();
  // The body as sent, for debugging a receiver.
  const created = log.filter({ hasText: "incident.created" });
  await created.locator("summary", { hasText: "Body" }).click();
  await expect(created.locator("pre")).toContainText(`"name": "${title}"`);
  await page.screenshot({ path: "artifacts/screenshots/admin-webhook.png", fullPage: true });

  // Off and on again: only the switch changes, the endpoint keeps its URL and events.
  await page.getByRole("button", { name: "Switch off" }).click();
  await expect(page.getByText("Nothing is sent to it until it is switched on again.")).toBeVisible();
  await page.getByRole("button", { name: "Switch on" }).click();
  await expect(page.getByRole("button", { name: "Switch off" })).toBeVisible();
  expect(await db.webhookEndpoint.findFirstOrThrow({ where: { url } })).toMatchObject({
    enabled: true,
    events: "incident,component",
    description: "Chat bridge",
  });

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
  await expect(page.getByRole("link", { name: url })).toHaveCount(0);
  expect(await db.webhookEndpoint.count({ where: { url } })).toBe(0);
});
