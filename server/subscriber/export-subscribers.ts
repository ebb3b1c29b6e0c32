import { authorize, type Ctx } from "@/server/context";
import { csvRow } from "./csv";
import { SUBSCRIBER_SUMMARY, COMPONENT_NAMES } from "./select";

const BATCH = 1_000;
export const EXPORT_HEADER = ["email", "status", "source", "components", "created_at"];

/**
 * All page subscribers (not followers of one incident) as CSV (email, status, source, components joined by "; ", created_at in UTC),
 * produced in id-ordered batches so memory does not grow with their number. Authorizes at the
 * call, before the first row is read. Addresses in bulk: owners and admins only.
 */
export async function exportSubscribers({ ctx }: { ctx: Ctx }): Promise<AsyncGenerator<string>> {
  authorize(ctx, "subscriber:write");
  return rows(ctx);
}

async function* rows(ctx: Ctx): AsyncGenerator<string> {
  yield csvRow(EXPORT_HEADER);
  let cursor: string | undefined;
  for (;;) {
    const batch = await ctx.db.subscriber.findMany({
      // Page subscriptions only: a follower of one incident, imported back, would become a page subscriber.
      where: { incidentId: null },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        ...SUBSCRIBER_SUMMARY,
        ...COMPONENT_NAMES,
      },
    });
    if (batch.length === 0) return;
    yield batch
      .map((s) =>
        csvRow([
          s.email,
          s.status,
          s.source,
          s.components
            .map((c) => c.component.name)
            .sort()
            .join("; "),
          s.createdAt.toISOString(),
        ]),
      )
      .join("");
    if (batch.length < BATCH) return;
    cursor = batch[batch.length - 1]!.id;
  }
}

/** The whole export as one string (tests, small lists). */
export async function exportSubscribersText({ ctx }: { ctx: Ctx }): Promise<string> {
  let text = "";
  for await (const chunk of await exportSubscribers({ ctx })) text += chunk;
  return text;
}
