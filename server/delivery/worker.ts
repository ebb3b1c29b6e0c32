import { randomBytes } from "node:crypto";
import type { MailTransport, OutgoingMessage } from "@/lib/mailer";
import { buryExhausted, claimEmails, holdLeases, type ClaimedEmail } from "./claim";
import { SmtpCircuit, type CircuitSnapshot } from "./circuit";
import type { DkimSigner } from "./dkim";
import { isPaused } from "@/server/job-control";
import { createMessageBuilder, type MessageBuilder } from "./message-builder";
import { markFailed, markSentMany, markSkipped, releaseUncharged } from "./outcome";
import { sleep } from "@/lib/sleep";
import { reachesFollowers } from "@/server/outbox/audience";
import type { LoopOptions } from "./outbox-loop";
import { classifySendError, isConnectionFailure } from "./retry-policy";
import { expandNextBatch } from "./expand";

export type WorkerOptions = LoopOptions & {
  transport: MailTransport;
  /** Sends in flight at once: about the SMTP pool size. */
  concurrency?: number;
  dkim?: DkimSigner;
  /** Every change of the SMTP circuit (open/closed, last error, failed probes, next probe time). */
  onCircuitChange?: (snapshot: CircuitSnapshot) => void;
  /** Probe backoff bounds (defaults 1 s → 30 s). */
  probeBaseMs?: number;
  probeMaxMs?: number;
};

/**
 * Whether the recipient may still get this message: queued mail waits, and meanwhile people
 * unsubscribe, bounce or get removed. A confirmation only goes to a pending sign-up.
 */
export function ineligible(kind: string, subscriber: { status: string; confirmNonce: string | null } | null): string | null {
  if (!subscriber) return "the subscriber was removed";
  if (kind === "subscription_confirm") {
    return subscriber.status === "pending" && subscriber.confirmNonce ? null : `the subscriber is ${subscriber.status}`;
  }
  // A follower's subscription ends as its incident's resolution is expanded; what was written for it before still goes.
  if (subscriber.status === "ended" && reachesFollowers(kind)) return null;
  return subscriber.status === "active" ? null : `the subscriber is ${subscriber.status}`;
}

/** Messages built ahead per send lane (a batch's memory: a few dozen messages of ~10 KB). */
const BUILD_AHEAD_PER_LANE = 4;

type Round = { options: WorkerOptions; owner: string; circuit: SmtpCircuit; builder: MessageBuilder; counts: Record<string, number> };

/**
 * Sends one claimed batch through `concurrency` lanes and records the outcomes in bulk. Once the
 * circuit trips, the lanes start nothing new: those deliveries go back uncharged, and so do the
 * ones that failed at connection level if the probe confirms the server is down.
 */
async function sendBatch(round: Round, emails: ClaimedEmail[]): Promise<void> {
  const { options, owner, circuit, builder, counts } = round;
  const { db, provider, transport, logger, signal } = options;
  const sent: Array<{ id: string; smtpId: string }> = [];
  const unsent: string[] = [];
  const failed: Array<{ email: ClaimedEmail; error: unknown }> = [];
  const skipped: Array<{ id: string; reason: string }> = [];
  const suspects: Array<{ email: ClaimedEmail; error: unknown; down: Promise<boolean> }> = [];
  let reason = "the SMTP server is unreachable";
  const lanes = Math.max(1, options.concurrency ?? 5);
  // Messages are built a few ahead of the lanes, so DKIM signatures (on libuv's thread pool) are
  // computed while earlier messages are on the wire instead of in each lane's path.
  const built: Array<Promise<OutgoingMessage> | null> = [];
  const buildUpTo = (end: number) => {
    for (let i = built.length; i < Math.min(end, emails.length); i++) {
      const email = emails[i]!;
      if (ineligible(email.kind, email.subscriber) || circuit.tripped) {
        built.push(null);
        continue;
      }
      const message = builder.build(email);
      message.catch(() => {}); // awaited (and its error handled) by the lane, unless the circuit trips first
      built.push(message);
    }
  };
  let next = 0;
  const lane = async () => {
    while (next < emails.length) {
      const index = next++;
      const email = emails[index]!;
      buildUpTo(index + 1 + lanes * BUILD_AHEAD_PER_LANE);
      if (circuit.tripped || signal?.aborted) {
        unsent.push(email.id);
        continue;
      }
      const refusal = ineligible(email.kind, email.subscriber);
      if (refusal) {
        skipped.push({ id: email.id, reason: refusal });
        continue;
      }
      try {
        const { smtpId } = await transport.send(await (built[index] ?? builder.build(email)));
        sent.push({ id: email.id, smtpId });
      } catch (error) {
        if (isConnectionFailure(error)) suspects.push({ email, error, down: circuit.suspect(error) });
        else failed.push({ email, error });
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  for (const suspect of suspects) {
    if (await suspect.down) {
      unsent.push(suspect.email.id);
      reason = `the SMTP server is unreachable (${classifySendError(suspect.error).reason})`;
    } else failed.push(suspect);
  }
  const tally = (outcome: string, n = 1) => {
    if (n > 0) counts[outcome] = (counts[outcome] ?? 0) + n;
  };
  try {
    const recorded = await markSentMany(db, provider, owner, sent);
    tally("sent", recorded);
    tally("lost", sent.length - recorded);
    tally("deferred", await releaseUncharged(db, unsent, owner, reason));
    for (const { id, reason: why } of skipped) tally((await markSkipped(db, id, owner, why)) ? "skipped" : "lost");
    for (const { email, error } of failed) {
      const failure = classifySendError(error);
      logger.warn({ delivery: email.id, attempts: email.attempts, failure }, "delivery failed");
      tally(await markFailed(db, { id: email.id, attempts: email.attempts, subscriberId: email.subscriberId }, owner, failure));
    }
  } catch (error) {
    // The sends happened; their leases expire and they go again: the at-least-once promise, bounded by the batches in flight.
    logger.error(
      { err: error, batch: emails.length },
      "could not record a batch's outcomes; its leases will expire and it will be retried",
    );
  }
}

/**
 * The email loop: expands published announcements into deliveries (one batch a round, also while
 * sending is paused or the SMTP server is away), claims due email deliveries in batches (one
 * statement each), sends one batch while the next is claimed, and stops claiming while the SMTP
 * circuit is open. Runs until `signal` aborts; returns the outcome counts.
 */
export async function runDeliveryWorker(options: WorkerOptions): Promise<Record<string, number>> {
  const { db, provider, logger, signal } = options;
  const owner = `email-${process.pid}-${randomBytes(4).toString("hex")}`;
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 60_000;
  const idleMs = options.idleMs ?? 1_000;
  const circuit = new SmtpCircuit({
    probe: () => options.transport.verify(),
    onChange: options.onCircuitChange,
    baseMs: options.probeBaseMs,
    maxMs: options.probeMaxMs,
  });
  const round: Round = { options, owner, circuit, builder: createMessageBuilder(db, { dkim: options.dkim }), counts: {} };
  let inFlight: Promise<void> | null = null;
  let lastChecks = 0;
  let paused = false;
  const releaseLeases = holdLeases(db, owner, leaseMs, (error) => logger.warn({ err: error }, "could not renew the email leases"));
  logger.info({ owner }, "email worker started");
  while (!signal?.aborted) {
    try {
      // Timed jobs, dead-lettering and the kill switch: at most once per idle period, not per batch.
      if (Date.now() - lastChecks >= idleMs) {
        lastChecks = Date.now();
        await options.tick?.().catch((error: unknown) => logger.error({ err: error }, "worker tick failed"));
        await buryExhausted(db);
        paused = await isPaused(db, "email");
      }
      const expanded = await expandNextBatch(db, provider).then(
        (step) => step !== null,
        (error: unknown) => {
          logger.error({ err: error }, "audience expansion failed");
          return false;
        },
      );
      if (paused || circuit.tripped) {
        await inFlight;
        inFlight = null;
        if (expanded) continue;
        // Probing goes on in the background (one probe loop, however often this is awaited); the
        // loop comes round every idle period meanwhile, so announcements published during an outage
        // are still expanded and counted as waiting.
        if (circuit.current.state === "open") await Promise.race([circuit.waitUntilClosed(signal), sleep(idleMs, signal)]);
        else if (paused) await sleep(idleMs, signal);
        continue;
      }
      const emails = await claimEmails(db, provider, { owner, limit: batchSize, leaseMs });
      if (emails.length === 0) {
        const wasBusy = inFlight !== null;
        await inFlight;
        inFlight = null;
        if (!wasBusy && !expanded) await sleep(idleMs, signal);
        continue;
      }
      const batch = sendBatch(round, emails);
      await inFlight;
      inFlight = batch;
    } catch (error) {
      // Database trouble: back off and keep going; leases make sure nothing is lost meanwhile.
      logger.error({ err: error }, "email round failed");
      await inFlight?.catch(() => {});
      inFlight = null;
      await sleep(Math.max(idleMs, 2_000), signal);
    }
  }
  await inFlight;
  releaseLeases();
  logger.info({ owner, counts: round.counts }, "email worker stopped");
  return round.counts;
}
