import { authorize, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { ListSubscribersInput, SUBSCRIBER_STATUSES, type SubscriberStatus } from "./schemas";
import { SUBSCRIBER_SUMMARY, COMPONENT_NAMES } from "./select";

export type SubscriberRow = {
  id: string;
  email: string;
  status: string;
  source: string;
  createdAt: Date;
  confirmedAt: Date | null;
  suppressReason: string | null;
  /** Component names; empty = all components (unless following an incident). */
  components: string[];
  /** Set: follows this one incident only. */
  incident: { title: string } | null;
};

export type SubscriberList = {
  items: SubscriberRow[];
  nextCursor: string | null;
  /** Per status, for the current search (whatever the status filter). */
  counts: Record<SubscriberStatus, number> & { total: number };
};

// Opaque cursor: the last row's (createdAt, id), the order of the list.
const encode = (row: { createdAt: Date; id: string }) => Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
function decode(cursor: string) {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime()))
    throw ValidationError.field("cursor", "This page link is not valid any more; start from the first page");
  return { createdAt, id };
}

/** Subscribers, newest first: search by address, filter by status, page with `nextCursor`. */
export async function listSubscribers({ ctx, input }: { ctx: Ctx; input: ListSubscribersInput }): Promise<SubscriberList> {
  authorize(ctx, "admin:read");
  const q = parseInput(ListSubscribersInput, input);
  const search: Prisma.SubscriberWhereInput = q.search ? { emailNormalized: { contains: q.search } } : {};
  const and: Prisma.SubscriberWhereInput[] = [search];
  if (q.status) and.push({ status: q.status });
  if (q.cursor) {
    const c = decode(q.cursor);
    and.push({ OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] });
  }
  const [rows, groups] = await Promise.all([
    ctx.db.subscriber.findMany({
      where: { AND: and },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: q.limit + 1,
      select: {
        ...SUBSCRIBER_SUMMARY,
        confirmedAt: true,
        suppressReason: true,
        ...COMPONENT_NAMES,
      },
    }),
    ctx.db.subscriber.groupBy({ by: ["status"], where: search, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(SUBSCRIBER_STATUSES.map((s) => [s, 0])) as SubscriberList["counts"];
  counts.total = 0;
  for (const group of groups) {
    if (group.status in counts) counts[group.status as SubscriberStatus] = group._count._all;
    counts.total += group._count._all;
  }
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ components, ...row }) => ({ ...row, components: components.map((c) => c.component.name).sort() })),
    nextCursor: rows.length > q.limit && last ? encode(last) : null,
    counts,
  };
}
