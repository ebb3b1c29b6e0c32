import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_CLASSES } from "@/lib/domain/job-classes";
import { actorLabel, type Ctx } from "@/server/context";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { runDueMaintenance } from "@/server/maintenance";
import { importSubscribers } from "@/server/subscriber";
import { claimImport, runImport } from "@/server/subscriber/import/run-import";
import { runImportWorker } from "@/server/subscriber/import/worker";
import { createWebhook, sendTestWebhook } from "@/server/webhook";
import { runWebhookWorker } from "@/server/webhook/worker";
import { ctxAs } from "@/test/actors";
import { createIncident } from "@/server/incident";
import { makeChatChannel, startChatWorker } from "@/test/fixtures/chat";
import { makeMaintenance } from "@/test/fixtures/maintenance";
import { inBackground, silentLogger, waitUntil } from "@/test/fixtures/outbox";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { WebhookReceiver } from "@/test/webhook-receiver";
import { isPaused, listJobControls, setJobPaused } from ".";

// Its own database: a kill switch is database-wide, and other test files' workers must not see it.
// (Email has its own tests: server/delivery/worker.int.test.ts and admin/admin.int.test.ts.)
let fresh: FreshDatabase;
let admin: Ctx;
const receiver = new WebhookReceiver();
let base = "";
beforeAll(async () => {
  fresh = await freshDatabase("job-control");
  admin = await ctxAs(fresh.db, "admin");
  base = await receiver.start();
}, 120_000);
afterAll(async () => {
  await receiver.stop();
  await fresh?.drop();
});

const pause = (jobClass: (typeof JOB_CLASSES)[number], reason?: string) =>
  setJobPaused({ ctx: admin, input: { jobClass, paused: true, reason } });
const resume = (jobClass: (typeof JOB_CLASSES)[number]) => setJobPaused({ ctx: admin, input: { jobClass, paused: false } });
const csv = (prefix: string, n: number) => ["email", ...Array.from({ length: n }, (_, i) => `${prefix}-${i}@example.com`)].join("\n");

describe("kill switches", () => {
  it("pauses and resumes each job class with a reason, audited as the person who flipped it", async () => {
    for (const jobClass of JOB_CLASSES) {
      expect(await pause(jobClass, `drill ${jobClass}`)).toMatchObject({
        jobClass,
        paused: true,
        changed: true,
        reason: `drill ${jobClass}`,
      });
      expect(await isPaused(fresh.db, jobClass)).toBe(true);
    }
    const listed = await listJobControls({ ctx: await ctxAs(fresh.db, "viewer") });
    expect(listed.map((c) => [c.jobClass, c.paused, c.reason])).toEqual(JOB_CLASSES.map((j) => [j, true, `drill ${j}`]));
    expect(listed.every((c) => c.updatedBy === actorLabel(admin.actor))).toBe(true);
    for (const jobClass of JOB_CLASSES) expect((await resume(jobClass)).changed).toBe(true);
    expect((await resume("import")).changed).toBe(false);

    const audit = await fresh.db.auditLog.findMany({ where: { entityType: "job" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => `${a.action} ${a.entityId}`)).toEqual([
      ...JOB_CLASSES.map((j) => `job.pause ${j}`),
      ...JOB_CLASSES.map((j) => `job.resume ${j}`),
      "job.resume import",
    ]);
    expect(audit.every((a) => a.actorType === "user")).toBe(true);

    const unknown = await setJobPaused({ ctx: admin, input: { jobClass: "sms" as "email", paused: true } }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(Object.keys((unknown as ValidationError).fieldErrors)).toEqual(["jobClass"]);
    await expect(
      setJobPaused({ ctx: await ctxAs(fresh.db, "editor"), input: { jobClass: "maintenance", paused: true } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fresh.db.jobControl.count({ where: { paused: true } })).toBe(0);
  });

  it("maintenance: a due auto-start waits while paused and is applied on the first round after resume", async () => {
    const due = await makeMaintenance(fresh.db, {
      autoStart: true,
      scheduledStart: new Date(Date.now() - 60_000),
      scheduledEnd: new Date(Date.now() + 3_600_000),
    });
    const worker = { ctx: await ctxAs(fresh.db, "admin") };
    expect(await pause("maintenance")).toMatchObject({ waiting: 1 });
    expect(await runDueMaintenance(worker)).toEqual([]);
    expect((await fresh.db.maintenance.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("scheduled");
    expect(await resume("maintenance")).toMatchObject({ changed: true, waiting: 1 });
    expect(await runDueMaintenance(worker)).toMatchObject([{ maintenanceId: due.id, transition: "start" }]);
    expect((await fresh.db.maintenance.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("in_progress");
  });

  it("import: a queued import waits for the worker loop, and a running one stops between batches and resumes where it stood", async () => {
    const { db } = fresh;
    await pause("import");
    const queued = await importSubscribers({ ctx: admin, input: { csv: csv("held", 600) } });
    const loop = inBackground((signal) => runImportWorker({ db, logger: silentLogger, leaseMs: 60_000, idleMs: 50, signal }));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await loop.stop();
    expect(await db.subscriberImport.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "queued", position: 0 });
    expect(await db.subscriber.count({ where: { email: { startsWith: "held-" } } })).toBe(0);

    // Running when the switch goes on: it hands the job back after the batch in hand.
    await resume("import");
    expect(await claimImport(db, "first", 60_000, queued.id)).toBe(queued.id);
    await pause("import");
    expect(await runImport({ db, owner: "first", leaseMs: 60_000, batchSize: 100 }, queued.id)).toBe("paused");
    const held = await db.subscriberImport.findUniqueOrThrow({ where: { id: queued.id } });
    expect(held).toMatchObject({ status: "running", position: 0 });
    expect(held.leaseUntil!.getTime()).toBeLessThanOrEqual(Date.now());

    await resume("import");
    const resumed = inBackground((signal) =>
      runImportWorker({ db, logger: silentLogger, leaseMs: 60_000, idleMs: 50, batchSize: 100, signal }),
    );
    const done = await waitUntil(
      async () => (await db.subscriberImport.findUniqueOrThrow({ where: { id: queued.id } })).status === "done",
      30_000,
    );
    await resumed.stop();
    expect(done).toBe(true);
    expect(await db.subscriberImport.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ imported: 600, position: 600 });
    expect(await db.subscriber.count({ where: { email: { startsWith: "held-" } } })).toBe(600);
  });

  it("webhooks: nothing is posted while paused; after resume each queued delivery arrives once", async () => {
    const { db, provider } = fresh;
    const { endpoint } = await createWebhook({ ctx: admin, input: { url: `${base}/held`, events: ["incident"] }, allowPrivate: true });
    await pause("webhook");
    await sendTestWebhook({ ctx: admin, input: { endpointId: endpoint.id } });
    await sendTestWebhook({ ctx: admin, input: { endpointId: endpoint.id } });
    const start = () =>
      inBackground((signal) =>
        runWebhookWorker({ db, provider, logger: silentLogger, idleMs: 20, timeoutMs: 2_000, allowPrivate: true, signal }),
      );
    const paused = start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await paused.stop();
    expect(receiver.at("/held")).toHaveLength(0);
    expect(await db.delivery.count({ where: { endpointId: endpoint.id, state: "queued", attempts: 0 } })).toBe(2);

    expect(await resume("webhook")).toMatchObject({ waiting: 2 });
    const running = start();
    await waitUntil(() => receiver.at("/held").length >= 2, 30_000, 25);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await running.stop();
    expect(receiver.at("/held")).toHaveLength(2);
    expect(new Set(receiver.at("/held").map((r) => r.headers["webhook-id"])).size).toBe(2);
  });

  it("chat: nothing is posted while paused; after resume each queued message arrives once", async () => {
    const { db, provider } = fresh;
    await makeChatChannel(admin, "discord", `${base}/chat-held`);
    await pause("chat");
    const editor = await ctxAs(db, "editor");
    for (const title of ["Held one", "Held two"])
      await createIncident({
        ctx: editor,
        input: { title, components: [], body: "Down", status: "investigating", publish: true, notify: true },
      });
    const paused = startChatWorker(db, provider);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await paused.stop();
    expect(receiver.at("/chat-held")).toHaveLength(0);
    expect(await db.delivery.count({ where: { channel: "chat", state: "queued", attempts: 0 } })).toBe(2);

    expect(await resume("chat")).toMatchObject({ waiting: 2 });
    const running = startChatWorker(db, provider);
    await waitUntil(() => receiver.at("/chat-held").length >= 2, 30_000, 25);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await running.stop();
    const titles = receiver.at("/chat-held").map((r) => (JSON.parse(r.body) as { embeds: { title: string }[] }).embeds[0]!.title);
    expect(titles.sort()).toEqual(["Held one", "Held two"]);
  });
});
