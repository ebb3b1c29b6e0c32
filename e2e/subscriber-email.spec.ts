import { expect, test } from "@playwright/test";
import { SmtpCatcher, type CaughtMail } from "@/test/smtp-catcher";
import { createUser, signIn } from "./support/admin";
import { e2eDb } from "./support/db";
import { resolveIncident } from "./support/incidents";
import { E2E_SMTP_PORT } from "./support/ports";

// The whole promise to customers, through the real worker and a real SMTP server: subscribe,
// confirm from the email, get the incident email, manage, and leave with one click.
const catcher = new SmtpCatcher();
test.beforeAll(async () => {
  await catcher.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await catcher.stop();
});

async function mailTo(address: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(() => (found = catcher.mails.find((m) => m.to.includes(address) && subject.test(m.subject))), { timeout: 30_000 })
    .toBeTruthy();
  return found!;
}

const link = (mail: CaughtMail, path: string) => new RegExp(`https?://[^\\s<>"]+${path}/[\\w.-]+`).exec(mail.text)?.[0];

test("subscribe, confirm by email, receive the incident, manage, one-click unsubscribe", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  const address = `visitor-${Date.now()}@example.test`;
  const db = e2eDb();

  await page.goto("/subscribe");
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText(/inbox/i).first()).toBeVisible();

  const confirmation = await mailTo(address, /confirm/i);
  const confirmUrl = link(confirmation, "/subscribe/confirm");
  expect(confirmUrl).toBeTruthy();
  await page.goto(confirmUrl!);
  expect((await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: address } })).status).toBe("pending");
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect.poll(async () => (await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: address } })).status).toBe("active");

  // An engineer publishes an incident from the console (notify is on by default).
  const component = await db.component.findFirstOrThrow({ where: { name: "Dashboard" } });
  const editor = await createUser(db, { role: "editor" });
  const consolePage = await browser.newPage();
  await signIn(consolePage, editor.email, editor.password);
  await consolePage.goto("/admin/incidents/new");
  const title = `Dashboard not loading ${Date.now()}`;
  await consolePage.getByLabel("Title").fill(title);
  await consolePage.getByRole("textbox", { name: "First update" }).fill("Dashboards are **not loading** for some customers.");
  await consolePage.locator(`select[name="component.${component.id}"]`).selectOption("degraded_performance");
  await expect(consolePage.getByLabel("Notify subscribers")).toBeChecked();
  await consolePage.getByRole("button", { name: "Publish", exact: true }).click();
  await consolePage.waitForURL(/\/admin\/incidents\/(?!new)[^/]+$/);
  const incident = await db.incident.findFirstOrThrow({ where: { title } });
  await consolePage.close();
  try {
    const mail = await mailTo(address, /Dashboard not loading/);
    expect(mail.text).toContain("Dashboards are");
    expect(mail.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    const incidentUrl = link(mail, "/incidents");
    expect(incidentUrl).toContain(incident.slug);
    await page.goto(incidentUrl!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    const unsubscribeUrl = link(mail, "/unsubscribe");
    expect(unsubscribeUrl).toBeTruthy();
    await page.goto(unsubscribeUrl!);
    await expect(page.getByRole("button", { name: /unsubscribe/i })).toBeVisible();

    const manageUrl = link(mail, "/subscription");
    await page.goto(manageUrl!);
    await expect(page.getByText(address)).toBeVisible();

    const oneClick = /List-Unsubscribe:\s+<([^>]+)>/.exec(mail.raw)?.[1];
    expect(oneClick).toContain("/api/unsubscribe/");
    const response = await request.post(oneClick!, {
      form: { "List-Unsubscribe": "One-Click" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: address } })).status).toBe("unsubscribed");
  } finally {
    // Straight in the database: domain verbs here would refresh a snapshot in this test process.
    await resolveIncident(db, incident.id, component.id);
  }
});
