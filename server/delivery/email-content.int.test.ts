import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport } from "@/lib/mailer";
import { addIncidentUpdate, createIncident, resolveIncident } from "@/server/incident";
import { completeMaintenance, scheduleMaintenance, startMaintenance } from "@/server/maintenance";
import { publishPostmortem, savePostmortem } from "@/server/postmortem";
import { subscribe } from "@/server/subscriber/subscribe";
import { uniqueEmail, uniqueIp } from "@/test/fixtures/subscriber";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { drain } from "@/test/fixtures/outbox";
import { SmtpCatcher, type CaughtMail } from "@/test/smtp-catcher";

// Every kind of event email, sent by the real worker to a real SMTP server and read back with
// mailparser: what a subscriber sees in the HTML and the text part, and the headers.
let fresh: FreshDatabase;
const smtp = new SmtpCatcher();
beforeAll(async () => {
  fresh = await freshDatabase("email-content");
  await smtp.start(0);
  await fresh.db.setting.upsert({
    where: { id: "default" },
    create: {
      id: "default",
      pageName: "Acme Status",
      publicUrl: "https://status.acme.example",
      timeZone: "Europe/Berlin",
      senderEmail: "status@acme.example",
      replyTo: "support@acme.example",
    },
    update: {
      pageName: "Acme Status",
      publicUrl: "https://status.acme.example",
      timeZone: "Europe/Berlin",
      senderEmail: "status@acme.example",
      replyTo: "support@acme.example",
    },
  });
  await fresh.db.subscriber.create({
    data: {
      email: "reader@example.test",
      emailNormalized: "reader@example.test",
      status: "active",
      source: "import",
      manageSalt: "salt-reader",
    },
  });
}, 120_000);
afterAll(async () => {
  await smtp.stop();
  await fresh?.drop();
});

async function sendAll(): Promise<CaughtMail> {
  const { db, provider } = fresh;
  const before = smtp.mails.length;
  const transport = smtpTransport({ url: smtp.url, poolSize: 1, rateLimit: 0 });
  const latest = await db.notification.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  await drain(db, provider, transport, latest.id, 30_000);
  transport.close();
  expect(smtp.mails.length).toBe(before + 1);
  return smtp.mails.at(-1)!;
}

const MARKDOWN = [
  "We **identified** the cause: a memory leak in the [job scheduler](https://acme.example/scheduler).",
  "",
  "- `authenticate` fails",
  "- `track` and `batch` queue data",
  "",
  "![graph](https://tracker.example/pixel.gif)",
].join("\n");

describe("event emails", () => {
  it("render markdown as formatted HTML and clean text, with Reply-To, for each incident step and the postmortem", async () => {
    const { db } = fresh;
    const ctx = await ctxAs(db, "admin");
    const component = await db.component.create({ data: { name: "API" } });
    const incident = await createIncident({
      ctx,
      input: {
        title: "API errors",
        impact: "major",
        components: [{ componentId: component.id, status: "partial_outage" }],
        body: "We are **investigating**.",
        publish: true,
      },
    });
    const published = await sendAll();
    expect(published.subject).toBe("[Acme Status] Incident: API errors");
    expect(published.text).toContain("We are investigating.");
    expect(published.text).not.toContain("**");
    expect(published.html).toContain("<strong>investigating</strong>");
    expect(published.headers.get("reply-to")).toMatchObject({ text: "support@acme.example" });

    await addIncidentUpdate({
      ctx,
      input: {
        incidentId: incident.id,
        status: "identified",
        body: MARKDOWN,
        components: [{ componentId: component.id, status: "partial_outage" }],
      },
    });
    const update = await sendAll();
    expect(update.subject).toBe("[Acme Status] Update: API errors");
    expect(update.text).toContain("We identified the cause: a memory leak in the job scheduler (https://acme.example/scheduler).");
    expect(update.text).toContain("- authenticate fails\n- track and batch queue data");
    expect(update.text).toContain("Image: graph (https://tracker.example/pixel.gif)");
    expect(update.html).toMatch(/<ul[^>]*>\s*<li[^>]*><code[^>]*>authenticate<\/code> fails<\/li>/);
    expect(update.html).toMatch(/<a href="https:\/\/acme.example\/scheduler"[^>]*>job scheduler<\/a>/);
    expect(update.html).not.toMatch(/<img/i);
    expect(update.headers.get("reply-to")).toMatchObject({ text: "support@acme.example" });

    await resolveIncident({ ctx, input: { incidentId: incident.id, body: "Fixed. Rate limits are back to *normal*." } });
    const resolved = await sendAll();
    expect(resolved.subject).toBe("[Acme Status] Resolved: API errors");
    expect(resolved.text).toContain("Fixed. Rate limits are back to normal.");

    await savePostmortem({
      ctx,
      input: { incidentId: incident.id, body: "## Timeline\n\n1. 14:02 alert\n2. 14:10 rollback\n\n## Cause\n\nA **leak**." },
    });
    await publishPostmortem({ ctx, input: { incidentId: incident.id, notify: true } });
    const postmortem = await sendAll();
    expect(postmortem.subject).toBe("[Acme Status] Postmortem: API errors");
    expect(postmortem.text).toContain("Timeline\n\n1. 14:02 alert\n2. 14:10 rollback\n\nCause\n\nA leak.");
    expect(postmortem.html).toMatch(/<h2[^>]*>Timeline<\/h2>/);
    expect(postmortem.html).toMatch(/<ol[^>]*>/);
  });

  it("carry the maintenance window (start and end, in the page's zone) and the message of each step", async () => {
    const { db } = fresh;
    const ctx = await ctxAs(db, "admin");
    const component = await db.component.create({ data: { name: "Database" } });
    const maintenance = await scheduleMaintenance({
      ctx,
      input: {
        title: "Database upgrade",
        body: "We upgrade the **primary** database.",
        componentIds: [component.id],
        scheduledStart: new Date("2030-03-30T01:00:00Z"),
        scheduledEnd: new Date("2030-03-30T03:30:00Z"),
        autoStart: false,
        autoComplete: false,
      },
    });
    // Berlin is on CET (UTC+1) until summer time begins on Mar 31, 2030.
    const window = "Window: Mar 30, 2030, 2:00 AM CET – Mar 30, 2030, 4:30 AM CET";
    const scheduled = await sendAll();
    expect(scheduled.subject).toBe("[Acme Status] Scheduled maintenance: Database upgrade");
    expect(scheduled.text).toContain(window);
    expect(scheduled.text).toContain("We upgrade the primary database.");
    expect(scheduled.html).toContain("<strong>primary</strong>");

    await startMaintenance({ ctx, input: { maintenanceId: maintenance.id, message: "Writes are **paused** for 10 minutes." } });
    const started = await sendAll();
    expect(started.subject).toBe("[Acme Status] Maintenance started: Database upgrade");
    expect(started.text).toContain(window);
    expect(started.text).toContain("Writes are paused for 10 minutes.");
    expect(started.text).not.toContain("We upgrade the primary database.");

    await completeMaintenance({ ctx, input: { maintenanceId: maintenance.id, message: "Done: the new version runs." } });
    const completed = await sendAll();
    expect(completed.subject).toBe("[Acme Status] Maintenance completed: Database upgrade");
    expect(completed.text).toContain(window);
    expect(completed.text).toContain("Done: the new version runs.");
    expect(completed.text).not.toContain("Writes are paused");
    expect(completed.headers.get("reply-to")).toMatchObject({ text: "support@acme.example" });
  });

  it("confirmation emails carry the Reply-To too, and no Reply-To is sent once the setting is cleared", async () => {
    const { db } = fresh;
    await subscribe({ ctx: anonymousCtx(db), input: { email: uniqueEmail("reply"), componentIds: [] }, ip: uniqueIp() });
    const confirmation = await sendAll();
    expect(confirmation.subject).toBe("Confirm your subscription to Acme Status");
    expect(confirmation.headers.get("reply-to")).toMatchObject({ text: "support@acme.example" });

    await db.setting.update({ where: { id: "default" }, data: { replyTo: null } });
    await subscribe({ ctx: anonymousCtx(db), input: { email: uniqueEmail("noreply"), componentIds: [] }, ip: uniqueIp() });
    const plain = await sendAll();
    expect(plain.headers.has("reply-to")).toBe(false);
    expect(plain.raw).not.toMatch(/^Reply-To:/im);
  });
});
