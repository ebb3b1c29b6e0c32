import pino from "pino";
import type { MailTransport } from "@/lib/mailer";
import type { Db } from "@/server/db";
import { expandNextBatch } from "@/server/delivery/expand";
import { runDeliveryWorker } from "@/server/delivery/worker";
import { announce } from "@/server/outbox/email";

export const silentLogger = pino({ level: "silent" });

/** `count` subscribers "<prefix>-<i>@example.test" with a status and component choice, inserted in batches. */
export async function makeSubscribers(db: Db, count: number, options: { prefix: string; status?: string; componentIds?: string[] }) {
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const email = `${options.prefix}-${start + i}@example.test`;
      return { email, emailNormalized: email, status: options.status ?? "active", source: "import", manageSalt: `salt-${email}` };
    });
    await db.subscriber.createMany({ data: rows });
    if (options.componentIds?.length) {
      const created = await db.subscriber.findMany({ where: { email: { in: rows.map((r) => r.email) } }, select: { id: true } });
      await db.subscriberComponent.createMany({
        data: created.flatMap((s) => options.componentIds!.map((componentId) => ({ subscriberId: s.id, componentId }))),
      });
    }
  }
}

/** A published incident on `componentIds` with its first update, announced in one transaction. */
export async function publishIncident(db: Db, componentIds: string[], title = "API errors") {
  return db.$transaction(
    async (tx) => {
      const incident = await tx.incident.create({
        data: {
          slug: `inc-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
          title,
          impact: "major",
          startedAt: new Date(),
          publishedAt: new Date(),
          components: { create: componentIds.map((componentId) => ({ componentId })) },
          updates: { create: [{ status: "investigating", body: "We are investigating elevated errors.", displayAt: new Date() }] },
        },
      });
      return announce(tx, { kind: "incident_published", incidentId: incident.id });
    },
    { timeout: 120_000 },
  );
}

/** Expands every waiting announcement into deliveries, as the worker does; returns the rows written. */
export async function expandAll(db: Db, provider: "sqlite" | "postgresql", batchSize?: number): Promise<number> {
  let written = 0;
  for (let batch = await expandNextBatch(db, provider, { batchSize }); batch; batch = await expandNextBatch(db, provider, { batchSize })) {
    written += batch.written;
  }
  return written;
}

/** Runs the worker in this process until `notificationId` is expanded and nothing of it is queued or sending. */
export async function drain(
  db: Db,
  provider: "sqlite" | "postgresql",
  transport: MailTransport,
  notificationId: string,
  timeoutMs = 120_000,
) {
  const controller = new AbortController();
  const worker = runDeliveryWorker({
    db,
    provider,
    transport,
    logger: silentLogger,
    batchSize: 50,
    idleMs: 100,
    signal: controller.signal,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const expanding = await db.notification.count({ where: { id: notificationId, expandedAt: null } });
      const open = await db.delivery.count({
        where: { notificationId, state: { in: ["queued", "sending"] }, nextAttemptAt: { lte: new Date() } },
      });
      if (expanding === 0 && open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    controller.abort();
    await worker;
  }
}
