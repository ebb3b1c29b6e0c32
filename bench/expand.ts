// npx tsx bench/expand.ts -- [--db sqlite|postgresql] [--subscribers 100000] [--publishes 7]
// The publish path with a large list: latency of the announcing transaction (an incident, its
// update and its announcement, as publishing writes them: one notification whatever the list size),
// then the worker's expansion of one announcement into deliveries: rows/s and the longest batch
// transaction. A script, not a test.
import { benchArgs, median } from "./args";
import { expandNextBatch } from "@/server/delivery/expand";
import { freshDatabase } from "@/test/fresh-db";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";

const args = benchArgs({ subscribers: 100_000, publishes: 7 });
const fresh = await freshDatabase("bench-expand");
try {
  const { db, provider } = fresh;
  const component = await db.component.create({ data: { name: "API" } });
  const seedStart = performance.now();
  await makeSubscribers(db, args.subscribers, { prefix: "bench" });
  const seedMs = performance.now() - seedStart;

  const publishMs: number[] = [];
  for (let i = 0; i < args.publishes; i++) {
    const t0 = performance.now();
    await publishIncident(db, [component.id], `Bench ${i}`);
    publishMs.push(performance.now() - t0);
  }
  const deliveriesAfterPublish = await db.delivery.count();

  // Expand one announcement (the oldest) to the end, batch by batch, as the worker does.
  const t1 = performance.now();
  let rows = 0;
  let longestBatchMs = 0;
  for (;;) {
    const b0 = performance.now();
    const batch = await expandNextBatch(db, provider);
    longestBatchMs = Math.max(longestBatchMs, performance.now() - b0);
    if (!batch) break;
    rows += batch.written;
    if (batch.done) break;
  }
  const expandMs = performance.now() - t1;
  console.log(
    JSON.stringify({
      bench: "expand",
      db: args.db,
      subscribers: args.subscribers,
      seedSeconds: Math.round(seedMs / 1000),
      publishMs: { p50: Math.round(median(publishMs)), max: Math.round(Math.max(...publishMs)), all: publishMs.map(Math.round) },
      deliveriesAfterPublish,
      expandedRows: rows,
      expandSeconds: Number((expandMs / 1000).toFixed(1)),
      expandRowsPerSecond: Math.round((rows / expandMs) * 1000),
      longestBatchMs: Math.round(longestBatchMs),
    }),
  );
} finally {
  await fresh.drop();
}
