import { expect, test, type Page } from "@playwright/test";
import { SmtpCatcher, type CaughtMail } from "@/test/smtp-catcher";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";
import { publishOpenIncident, resolveIncident } from "./support/incidents";
import { E2E_SMTP_PORT } from "./support/ports";

// A customer follows the one incident that hurts them: confirm by email, get its updates and
// its resolution, nothing from another incident, and the subscription ends with it.
const catcher = new SmtpCatcher();
test.beforeAll(async () => {
  await catcher.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await catcher.stop();
});

const mailsTo = (address: string) => catcher.mails.filter((m) => m.to.includes(address));

async function mailTo(address: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect.poll(() => (found = mailsTo(address).find((m) => subject.test(m.subject))), { timeout: 30_000 }).toBeTruthy();
  return found!;
}

const link = (mail: CaughtMail, path: string) => new RegExp(`https?://[^\\s<>"]+${path}/[\\w.-]+`).exec(mail.text)?.[0];

async function postUpdate(page: Page, incidentId: string, body: string) {
  await page.goto(`/admin/incidents/${incidentId}`);
  await page.getByLabel("Status", { exact: true }).selectOption("identified");
  await page.getByRole("textbox", { name: "Update", exact: true }).fill(body);
  await expect(page.getByRole("checkbox", { name: "Notify subscribers", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted" })).toBeVisible();
}

test("follow one incident from its page: confirm by email, get its update and resolution, nothing else", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const db = e2eDb();
  const suffix = Date.now().toString(36);
  const followed = await publishOpenIncident(db, `Exports delayed ${suffix}`);
  const other = await publishOpenIncident(db, `Search degraded ${suffix}`);
  const address = `follower-${suffix}@example.test`;
  try {
    // The incident page offers it (the page follows the database within its refresh time).
    await expect(async () => {
      await page.goto(`/incidents/${followed.incident.slug}`);
      await expect(page.getByRole("link", { name: "Follow this incident" })).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 10_000 });
    await page.screenshot({ path: "artifacts/screenshots/incident-follow-link.png", fullPage: true });
    await page.getByRole("link", { name: "Follow this incident" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow this incident");
    await expect(page.getByRole("link", { name: followed.incident.title })).toBeVisible();
    await expect(page.getByRole("group", { name: /components/i })).toHaveCount(0); // nothing to choose
    await expectAccessibleInBothSchemes(page, "follow-incident");
    await page.getByLabel("Email address").fill(address);
    await page.getByRole("button", { name: "Follow this incident" }).click();
    await expect(page.getByText("Check your inbox")).toBeVisible();

    const confirmation = await mailTo(address, /^Confirm: follow/);
    expect(confirmation.subject).toContain(followed.incident.title);
    expect(confirmation.text).toContain("about one incident");
    await page.goto(link(confirmation, "/subscribe/confirm")!);
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    const follower = await db.subscriber.findFirstOrThrow({ where: { email: address } });
    await expect.poll(async () => (await db.subscriber.findUniqueOrThrow({ where: { id: follower.id } })).status).toBe("active");
    expect(follower.incidentId).toBe(followed.incident.id);

    // An engineer posts an update on the other incident, then on the followed one.
    const editor = await createUser(db, { role: "editor" });
    const consolePage = await browser.newPage();
    await signIn(consolePage, editor.email, editor.password);
    await postUpdate(consolePage, other.incident.id, "Search is slow: reindexing.");
    await postUpdate(consolePage, followed.incident.id, "Exports are **queued**; a worker pool is down.");

    const update = await mailTo(address, new RegExp(`] Update: Exports delayed ${suffix}`));
    expect(update.text).toContain("worker pool is down");
    expect(update.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    // Both announcements are fully expanded (the other one first: oldest first), and it reached everyone else but not the follower.
    const otherNotification = await db.notification.findFirstOrThrow({
      where: { incidentId: other.incident.id, kind: "incident_updated" },
    });
    await expect
      .poll(async () => (await db.notification.findUniqueOrThrow({ where: { id: otherNotification.id } })).expandedAt)
      .not.toBeNull();
    expect(await db.delivery.count({ where: { notificationId: otherNotification.id, recipient: address } })).toBe(0);
    expect(mailsTo(address).map((m) => m.subject)).toEqual([confirmation.subject, update.subject]);

    // The manage link names what it follows and until when.
    await page.goto(link(update, "/subscription")!);
    await expect(page.getByText(/You follow one incident/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Stop following" })).toBeVisible();

    // Resolved from the console: the resolution arrives, and the subscription ends.
    await consolePage.goto(`/admin/incidents/${followed.incident.id}`);
    await consolePage.getByRole("button", { name: "Resolve…" }).click();
    const dialog = consolePage.getByRole("dialog", { name: "Resolve this incident" });
    await dialog.getByLabel("Resolution update").fill("Exports are flowing again.");
    await dialog.getByRole("button", { name: "Resolve incident" }).click();
    await expect(dialog).toBeHidden();
    await consolePage.close();
    const resolution = await mailTo(address, /\] Resolved: Exports delayed/);
    expect(resolution.text).toContain("Exports are flowing again.");
    await expect.poll(async () => (await db.subscriber.findUniqueOrThrow({ where: { id: follower.id } })).status).toBe("ended");
    await page.reload();
    await expect(page.getByText(/has been resolved, so this subscription to it has ended/)).toBeVisible();
  } finally {
    // Straight in the database: domain verbs here would refresh a snapshot in this test process.
    await resolveIncident(db, other.incident.id, other.component.id);
    const current = await db.incident.findUniqueOrThrow({ where: { id: followed.incident.id } });
    if (current.status !== "resolved") await resolveIncident(db, followed.incident.id, followed.component.id);
  }
});
