import { expect, test } from "@playwright/test";
import { recordWorkerStatus } from "@/server/delivery/worker-status";
import { bumpPublicRevision } from "@/server/public/revision";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { createUser, signIn } from "./support/admin";
import { e2eDb } from "./support/db";
import { E2E_SMTP_PORT } from "./support/ports";

// The deliveries page during an SMTP outage and after it: the numbers move on their own (no reload),
// retry-pending mail shows as retrying with its error, and everything arrives once the server is back.
const catcher = new SmtpCatcher();
let listening = false;
async function smtpUp() {
  if (!listening) await catcher.start(E2E_SMTP_PORT);
  listening = true;
}
// Publishing writes one notification; the worker expands its audience into deliveries right after.
async function expandedAudience(db: ReturnType<typeof e2eDb>, notificationId: string): Promise<number> {
  await expect
    .poll(async () => (await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).expandedAt, { timeout: 30_000 })
    .not.toBeNull();
  return db.delivery.count({ where: { notificationId } });
}

test.afterAll(async () => {
  await catcher.stop();
  // The incidents published here are fixtures: close them, or the public page specs see an outage.
  const db = e2eDb();
  await db.incident.updateMany({
    where: { title: { startsWith: "Live dashboard " } },
    data: { status: "resolved", resolvedAt: new Date() },
  });
  await db.incident.updateMany({ where: { title: { startsWith: "Retry report " } }, data: { status: "resolved", resolvedAt: new Date() } });
  await db.$transaction((tx) => bumpPublicRevision(tx));
});

test("the deliveries page follows an outage and its recovery live", async ({ page }) => {
  test.setTimeout(300_000);
  const db = e2eDb();
  const prefix = `live-${Date.now()}`;
  const component = await db.component.create({ data: { name: `Live ${prefix}` } });
  await makeSubscribers(db, 12, { prefix, componentIds: [component.id] });
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);

  // Another spec may have left the app's SMTP circuit open (its server stopped with mail pending), and
  // an open circuit attempts nothing: let the worker reach a server and close it, then take the server
  // away, so this outage starts here and every first attempt fails.
  await smtpUp();
  await expect
    .poll(
      async () =>
        (
          await db.workerStatus.findMany({
            where: { owner: { not: { startsWith: "e2e-" } }, heartbeatAt: { gt: new Date(Date.now() - 30_000) } },
          })
        )
          .map((w) => w.circuit)
          .join(","),
      { timeout: 60_000 },
    )
    .toMatch(/^(closed)(,closed)*$/);
  await catcher.stop();
  listening = false;

  // The SMTP port refuses connections (nothing listens now): every first attempt fails.
  const notificationId = await publishIncident(db, [component.id], `Live dashboard ${prefix}`);
  const total = await expandedAudience(db, notificationId);
  await page.goto("/admin/deliveries");
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));
  const row = page.locator(`tr[data-event="${notificationId}"]`);
  await expect(page.getByTestId("live-note")).toContainText("Updating every 2 s");

  await expect(row.getByTestId("delivery-counts")).toContainText(`0 sent · 0 queued · ${total} retrying of ${total}`, { timeout: 60_000 });
  await expect(row.getByTestId("delivery-retry")).toContainText(/ECONNREFUSED|connect/i);

  // What the worker's SMTP circuit reports during the outage (the worker calls this on every change).
  await recordWorkerStatus(db, {
    owner: `e2e-circuit-${prefix}`,
    circuit: {
      state: "open",
      lastError: `connect ECONNREFUSED 127.0.0.1:${E2E_SMTP_PORT}`,
      consecutiveFailures: 7,
      nextProbeAt: Date.now() + 20_000,
    },
  });
  await expect(page.getByTestId("delivery-health")).toContainText("SMTP server unreachable since");
  await expect(page.getByTestId("delivery-health")).toContainText("ECONNREFUSED");
  await page.screenshot({ path: "test-results/deliveries-during-outage.png", fullPage: true });
  await recordWorkerStatus(db, { owner: `e2e-circuit-${prefix}`, circuit: { state: "closed" } });

  // The server comes back: the next retry (15–30 s later) goes through, and the page shows it unprompted.
  await smtpUp();
  await expect(row.getByTestId("delivery-counts")).toContainText(`${total} sent · 0 queued of ${total}`, { timeout: 90_000 });
  await expect(page.getByTestId("delivery-health")).toContainText("the mail server accepts connections");
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");
  // Pending means the whole outbox: mail other specs left retrying goes out on its own backoff (up to a minute).
  await expect(page.getByTestId("live-note")).toContainText("Nothing pending", { timeout: 120_000 });
  await page.screenshot({ path: "test-results/deliveries-after-outage.png", fullPage: true });
  const received = catcher.mails.filter((m) => m.subject.includes(`Live dashboard ${prefix}`));
  expect(received.length).toBe(total);
});

test("retry and pause say exactly what they changed", async ({ page }) => {
  test.setTimeout(120_000);
  await smtpUp();
  const db = e2eDb();
  const prefix = `retry-${Date.now()}`;
  const component = await db.component.create({ data: { name: `Retry ${prefix}` } });
  await makeSubscribers(db, 3, { prefix, componentIds: [component.id] });
  // Subscribed to every component, as other specs leave people: in the audience too, and left alone here.
  await makeSubscribers(db, 2, { prefix: `everyone-${Date.now()}` });
  const notificationId = await publishIncident(db, [component.id], `Retry report ${prefix}`);
  // Two refused by the server earlier, one to an address that bounced since: only two may be retried.
  await expandedAudience(db, notificationId);
  // Let the worker finish with them first: a row it holds mid-send is not the fixture this test sets up.
  await expect
    .poll(() => db.delivery.count({ where: { notificationId, state: { in: ["queued", "sending"] } } }), { timeout: 60_000 })
    .toBe(0);
  // The audience also holds whoever another spec left subscribed to every component (CI: "Retry 5 failed"):
  // only this test's three deliveries are made failures; the others stay sent.
  const rows = await db.delivery.findMany({ where: { notificationId }, orderBy: { recipient: "asc" } });
  const mine = rows.filter((r) => r.recipient.startsWith(`${prefix}-`));
  expect(mine).toHaveLength(3);
  await db.delivery.updateMany({
    where: { id: { in: mine.map((r) => r.id) } },
    data: { state: "failed", attempts: 1, lastError: "550 5.7.1 Rejected" },
  });
  await db.subscriber.update({ where: { id: mine[2]!.subscriberId! }, data: { status: "bounced" } });
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);

  await page.goto(`/admin/deliveries/${notificationId}`);
  // Found by its shape, so a wrong count fails here naming the count the page offered.
  const retry = page.getByRole("button", { name: /^Retry \d+ failed$/ });
  await expect(retry).toHaveText("Retry 2 failed");
  await retry.click();
  await expect(page.getByRole("status").filter({ hasText: "queued again" })).toHaveText(
    "2 deliveries queued again. 1 delivery left alone: the subscriber unsubscribed, bounced or was removed.",
  );
  await expect(page.getByTestId("delivery-counts")).toContainText(`${rows.length - 1} sent · 0 queued · 1 failed of ${rows.length}`, {
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "Retry 0 failed" }).click();
  await expect(page.getByRole("status").filter({ hasText: "queued again" })).toContainText("Nothing was queued again (0 deliveries).");

  await page.goto("/admin/deliveries");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Pause delivery" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Delivery paused" })).toContainText(
    /Delivery paused: workers claim nothing until you resume; \d+ queued emails? waits?\./,
  );
  await page.getByRole("button", { name: "Resume delivery" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Delivery resumed" })).toContainText(
    "Delivery resumed: workers are sending again",
  );
});
