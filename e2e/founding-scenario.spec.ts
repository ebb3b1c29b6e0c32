import { expect, test, type Page } from "@playwright/test";
import { SmtpCatcher, type CaughtMail } from "@/test/smtp-catcher";
import { createUser, signIn } from "./support/admin";
import { e2eDb } from "./support/db";
import { resolveIncident } from "./support/incidents";
import { E2E_SMTP_PORT } from "./support/ports";

// The founding promise: customers imported by CSV hear about an incident, its updates, its resolution and
// its postmortem, each exactly once, while nobody who is not an active subscriber hears anything.
// Checks invariants (counts, title, parts, unsubscribe headers), not the emails' wording.
const catcher = new SmtpCatcher();
test.beforeAll(async () => {
  await catcher.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await catcher.stop();
});

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const addr = (name: string) => `${name}-${run}@founding.test`;

// One phrase per announcement, in the order they are made: a mail belongs to the latest phrase it
// contains (a later email may quote earlier updates; an earlier one cannot know later ones).
const ANNOUNCEMENTS = [
  { kind: "published", phrase: `Checkout-${run} requests are failing` },
  { kind: "identified", phrase: `Bad-config-${run} found in the payment router` },
  { kind: "monitoring", phrase: `Fix-deployed-${run} and error rates dropping` },
  { kind: "resolved", phrase: `All-clear-${run} for checkout` },
  { kind: "postmortem", phrase: `Root-cause-${run} was a config push` },
] as const;

function announcementOf(mail: CaughtMail): string | undefined {
  const text = `${mail.text}\n${mail.html}`;
  return ANNOUNCEMENTS.findLast((a) => text.includes(a.phrase))?.kind;
}

/** A header as sent (folded lines joined), from the raw message. */
function header(mail: CaughtMail, name: string): string {
  const head = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
}

const mailsTo = (address: string) => catcher.mails.filter((m) => m.to.some((to) => to.toLowerCase() === address));

async function postUpdate(page: Page, status: string, phrase: string, body = phrase) {
  await page.getByLabel("Status", { exact: true }).selectOption(status);
  await page.getByRole("textbox", { name: "Update", exact: true }).fill(body);
  await expect(page.getByRole("status").filter({ hasText: "Update posted" })).toHaveCount(0);
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("region", { name: "Timeline" }).getByText(phrase)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Update posted" })).toBeVisible();
}

test("CSV-imported customers get exactly one email per announcement; inactive addresses get none", async ({ page }) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  const components = await Promise.all(
    ["Track endpoint", "Batch endpoint", "Warehouse sync", "Dashboard"].map((name) => db.component.findFirstOrThrow({ where: { name } })),
  );
  const [track, batch, warehouse] = components;

  // People the page already knows, in every state but active: they arrived before the import.
  const known = {
    unsubscribed: addr("left"),
    bounced: addr("bounced"),
    complained: addr("complained"),
    pendingListed: addr("pending-listed"),
    pendingUnlisted: addr("pending-unlisted"),
  };
  for (const [key, email] of Object.entries(known)) {
    const status = key.startsWith("pending") ? "pending" : key;
    await db.subscriber.create({ data: { email, emailNormalized: email, status, source: "signup", manageSalt: `founding-${key}-${run}` } });
  }

  // The customer list from the CRM: new customers (one only for an unaffected component), a pending
  // signup the operator vouches for, people who left or bounced, and a broken row.
  const active = { plain: addr("ann"), mixedCase: addr("bob"), batchOnly: addr("cleo"), twoComponents: addr("dan") };
  const otherComponentOnly = addr("eve");
  const csv = [
    "email,components",
    `${active.plain},`,
    `${active.mixedCase.replace("bob", "Bob")},`,
    `${active.batchOnly},Batch endpoint`,
    `${active.twoComponents},"Dashboard; Track endpoint"`,
    `${otherComponentOnly},Dashboard`,
    `${known.pendingListed},`,
    `${known.unsubscribed},`,
    `${known.bounced},`,
    "not-an-address,",
    "",
  ].join("\r\n");

  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/subscribers");
  await page.getByLabel("CSV file").setInputFiles({ name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  // The worker runs the import; the panel follows it to its report.
  await expect(page.getByRole("status").filter({ hasText: "done:" })).toContainText("imported 6 · already subscribed 0 · rejected 3", {
    timeout: 30_000,
  });
  const statusOf = async (email: string) => (await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: email } })).status;
  for (const email of [...Object.values(active), otherComponentOnly, known.pendingListed]) expect(await statusOf(email)).toBe("active");
  expect(await statusOf(known.pendingUnlisted)).toBe("pending");
  expect(await statusOf(known.unsubscribed)).toBe("unsubscribed");
  expect(await statusOf(known.bounced)).toBe("bounced");
  const receivers = [...Object.values(active), known.pendingListed];
  const silent = [
    otherComponentOnly,
    ...Object.entries(known)
      .filter(([k]) => k !== "pendingListed")
      .map(([, e]) => e),
  ];

  // Declare and publish over three components, each with its own degradation window.
  const title = `Checkout failures ${run}`;
  await page.goto("/admin/incidents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Impact").selectOption("major");
  await page.getByRole("textbox", { name: "First update" }).fill(`${ANNOUNCEMENTS[0].phrase} for **some** customers.`);
  await page.locator(`select[name="component.${track!.id}"]`).selectOption("major_outage");
  await page.locator(`select[name="component.${batch!.id}"]`).selectOption("partial_outage");
  await page.locator(`select[name="component.${warehouse!.id}"]`).selectOption("degraded_performance");
  await expect(page.getByLabel("Notify subscribers")).toBeChecked();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.waitForURL(/\/admin\/incidents\/(?!new)[^/]+$/);
  const incidentId = page.url().split("/").at(-1)!;
  try {
    expect(await db.degradationWindow.count({ where: { incidentId } })).toBe(3);

    await postUpdate(page, "identified", ANNOUNCEMENTS[1].phrase, `${ANNOUNCEMENTS[1].phrase}:\n\n- rolled back\n- verifying`);
    await postUpdate(page, "monitoring", ANNOUNCEMENTS[2].phrase);

    await page.getByRole("button", { name: "Resolve…" }).click();
    const resolveDialog = page.getByRole("dialog", { name: "Resolve this incident" });
    await resolveDialog.getByLabel("Resolution update").fill(`${ANNOUNCEMENTS[3].phrase}.`);
    await expect(resolveDialog.getByLabel("Notify subscribers")).toBeChecked();
    await resolveDialog.getByRole("button", { name: "Resolve incident" }).click();
    await expect(resolveDialog).toBeHidden();
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).status).toBe("resolved");
    expect(await db.degradationWindow.count({ where: { incidentId, endedAt: null } })).toBe(0);

    await page
      .getByRole("textbox", { name: "Postmortem", exact: true })
      .fill(`## Summary\n\n${ANNOUNCEMENTS[4].phrase}.\n\n1. Detect\n2. Roll back`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText(/^Draft, saved/)).toBeVisible();
    await page.getByRole("button", { name: "Publish postmortem…" }).click();
    const publishDialog = page.getByRole("dialog", { name: "Publish the postmortem?" });
    await publishDialog.getByLabel("Notify subscribers").check();
    await publishDialog.getByRole("button", { name: "Publish postmortem", exact: true }).click();
    await expect(page.getByText(/^Published /).first()).toBeVisible();
  } finally {
    // A failure midway must not leave an open incident on the page other specs read.
    if ((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).status !== "resolved") {
      for (const c of [track!, batch!, warehouse!]) await resolveIncident(db, incidentId, c.id);
    }
  }

  // The worker sends in its own time (and may expand recipients in batches): wait, bounded.
  await expect
    .poll(() => receivers.map((email) => mailsTo(email).length), { timeout: 40_000, intervals: [250, 500, 1000] })
    .toEqual(receivers.map(() => ANNOUNCEMENTS.length));
  // Anything extra (a duplicate, a mail to an inactive address) would come from the same queue: let it drain.
  await page.waitForTimeout(2_000);

  for (const email of receivers) {
    const mails = mailsTo(email);
    expect(mails.map(announcementOf).sort(), email).toEqual(ANNOUNCEMENTS.map((a) => a.kind).sort());
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
    // Links carry a token derived from the subscriber (server/subscriber/tokens.ts), starting with its id.
    const { id } = await db.subscriber.findUniqueOrThrow({ where: { emailNormalized: email } });
    const manageToken = /\/unsubscribe\/([\w.-]+)/.exec(mailsTo(email)[0]!.html)?.[1] ?? "";
    expect(manageToken.startsWith(`${id}.`)).toBe(true);
    for (const mail of mails) {
      expect(mail.subject).toContain(title);
      expect(mail.text.trim().length).toBeGreaterThan(0);
      expect(mail.html).toMatch(/<html[\s>]/i);
      expect(mail.html).toContain(`/unsubscribe/${manageToken}`);
      expect(mail.text).toContain(`/unsubscribe/${manageToken}`);
      expect(header(mail, "List-Unsubscribe")).toContain(`/api/unsubscribe/${manageToken}>`);
      expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(mail.raw).toMatch(/^Content-Type: text\/plain/im);
      expect(mail.raw).toMatch(/^Content-Type: text\/html/im);
    }
  }
  for (const email of silent) expect(mailsTo(email), email).toHaveLength(0);
});
