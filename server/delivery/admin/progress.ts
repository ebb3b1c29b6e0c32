import { authorize, type Ctx } from "@/server/context";
import type { Db } from "@/server/db";
import { parseInput } from "@/server/errors";
import { ListNotificationsInput, NotificationIdInput } from "./schemas";
import {
  describeExpansion,
  expansionFieldsOf,
  isPending,
  SKIPPED_PREFIX,
  tallyProgress,
  type Expansion,
  type Progress,
} from "./progress-rules";

export type { Progress, Expansion } from "./progress-rules";

/**
 * Queued again after something went wrong: a failed attempt, or (attempts 0) sending put off because
 * the SMTP server was unreachable, which costs no attempt but is not "queued" as if nothing happened.
 */
const WAITING_AGAIN = { state: "queued", OR: [{ attempts: { gt: 0 } }, { lastError: { not: null } }] };

/** The newest transient failure of an event's retrying mail, the earliest next attempt, the most attempts spent. */
export type RetryInfo = { lastError: string | null; nextAttemptAt: Date | null; attempts: number };

export type EventProgress = {
  id: string;
  kind: string;
  createdAt: Date;
  subject: string;
  progress: Progress;
  expansion: Expansion;
  retry: RetryInfo | null;
  pending: boolean;
};

type Row = {
  id: string;
  kind: string;
  createdAt: Date;
  recipients: number;
  expandedAt: Date | null;
  incident: { title: string } | null;
  maintenance: { title: string } | null;
};

async function countsFor(db: Db, ids: string[]) {
  const where = { notificationId: { in: ids } };
  const [byState, retrying, skipped] = await Promise.all([
    db.delivery.groupBy({ by: ["notificationId", "state"], where, _count: { _all: true } }),
    db.delivery.groupBy({
      by: ["notificationId"],
      where: { ...where, ...WAITING_AGAIN },
      _count: { _all: true },
      _min: { nextAttemptAt: true },
      _max: { attempts: true },
    }),
    db.delivery.groupBy({
      by: ["notificationId"],
      where: { ...where, state: "failed", lastError: { startsWith: SKIPPED_PREFIX } },
      _count: { _all: true },
    }),
  ]);
  return { byState, retrying, skipped };
}

// The newest error among an event's retrying mail: the one the admin wants to read.
async function lastRetryError(db: Db, notificationId: string): Promise<string | null> {
  const row = await db.delivery.findFirst({
    where: { notificationId, ...WAITING_AGAIN },
    orderBy: { updatedAt: "desc" },
    select: { lastError: true },
  });
  return row?.lastError ?? null;
}

async function withProgress(db: Db, rows: Row[]): Promise<EventProgress[]> {
  const ids = rows.map((n) => n.id);
  const { byState, retrying, skipped } = await countsFor(db, ids);
  const retryErrors = new Map(
    await Promise.all(retrying.map(async (r) => [r.notificationId, await lastRetryError(db, r.notificationId)] as const)),
  );
  return rows.map((n) => {
    const states: Record<string, number> = {};
    for (const row of byState) if (row.notificationId === n.id) states[row.state] = row._count._all;
    const retry = retrying.find((r) => r.notificationId === n.id);
    const progress = tallyProgress({
      byState: states,
      retrying: retry?._count._all ?? 0,
      skipped: skipped.find((r) => r.notificationId === n.id)?._count._all ?? 0,
    });
    const expansion = describeExpansion(expansionFieldsOf(n), progress.total);
    return {
      id: n.id,
      kind: n.kind,
      createdAt: n.createdAt,
      subject: n.incident?.title ?? n.maintenance?.title ?? (n.kind === "subscription_confirm" ? "Subscription confirmation" : n.kind),
      progress,
      expansion,
      retry: retry
        ? { lastError: retryErrors.get(n.id) ?? null, nextAttemptAt: retry._min.nextAttemptAt, attempts: retry._max.attempts ?? 0 }
        : null,
      pending: isPending(progress, expansion),
    };
  });
}

const include = { incident: { select: { title: true } }, maintenance: { select: { title: true } } } as const;

// Email only: webhook events have their own log on the Webhooks page, chat messages on the Chat
// channels page (their recipients are webhook URLs, which are credentials viewers must not see).
const EMAIL_EVENTS = { NOT: [{ kind: { startsWith: "webhook:" } }, { kind: { startsWith: "chat:" } }] };

/** Recent message events with their delivery progress: sent / queued / retrying / failed / dead / skipped of N. */
export async function listNotifications({ ctx, input = {} }: { ctx: Ctx; input?: ListNotificationsInput }): Promise<EventProgress[]> {
  authorize(ctx, "admin:read");
  const { take } = parseInput(ListNotificationsInput, input);
  const notifications = await ctx.db.notification.findMany({
    where: EMAIL_EVENTS,
    orderBy: { createdAt: "desc" },
    take,
    include,
  });
  return withProgress(ctx.db, notifications);
}

/** One event's progress, or null when it does not exist (or is a webhook or chat event). */
export async function getNotificationProgress({ ctx, input }: { ctx: Ctx; input: NotificationIdInput }): Promise<EventProgress | null> {
  authorize(ctx, "admin:read");
  const { notificationId } = parseInput(NotificationIdInput, input);
  const notification = await ctx.db.notification.findFirst({
    where: { id: notificationId, ...EMAIL_EVENTS },
    include,
  });
  return notification ? (await withProgress(ctx.db, [notification]))[0]! : null;
}

/** One event's mail that did not go out (failed, dead, skipped) or is waiting to be retried, with reasons. */
export async function listFailures({ ctx, input }: { ctx: Ctx; input: NotificationIdInput }) {
  authorize(ctx, "admin:read");
  const { notificationId } = parseInput(NotificationIdInput, input);
  return ctx.db.delivery.findMany({
    where: { notificationId, channel: "email", OR: [{ state: { in: ["failed", "dead"] } }, WAITING_AGAIN] },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: { id: true, recipient: true, state: true, attempts: true, lastError: true, nextAttemptAt: true, updatedAt: true },
  });
}
