import { C } from "./demo-components";
import { startOfUtcDay } from "./demo-history";
import type { DemoMaintenance } from "./demo-types";
import { randomInt, type Random } from "./random";
import { uniqueSlug } from "./slug";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A database upgrade 10–40 days ago, announced a week before, finished early. */
export function buildPastMaintenance(now: Date, random: Random, takenSlugs: Set<string>): DemoMaintenance {
  const title = "Dashboard database upgrade";
  // 05:00 UTC: early morning in Europe, late evening in the Americas.
  const scheduledStart = new Date(startOfUtcDay(now).getTime() - randomInt(random, 10, 40) * DAY + 5 * HOUR);
  const scheduledEnd = new Date(scheduledStart.getTime() + HOUR);
  const completedAt = new Date(scheduledStart.getTime() + randomInt(random, 35, 55) * MINUTE);
  const publishedAt = new Date(scheduledStart.getTime() - 7 * DAY);
  return {
    slug: uniqueSlug(title, random, takenSlugs),
    title,
    body: `We're upgrading the database behind the dashboard and warehouse sync to a new major version.

- The dashboard will be **read-only** for up to 60 minutes: reports work, saving settings does not.
- Warehouse syncs scheduled in the window will start right after it.
- Data collection through the API is **not affected**.`,
    status: "completed",
    scheduledStart,
    scheduledEnd,
    startedAt: scheduledStart,
    completedAt,
    publishedAt,
    componentKeys: [C.dashboard, C.warehouseSync],
    updates: [
      { status: "scheduled", displayAt: publishedAt, body: "Maintenance scheduled." },
      { status: "in_progress", displayAt: scheduledStart, body: "The upgrade has started; the dashboard is read-only." },
      {
        status: "completed",
        displayAt: completedAt,
        body: "The upgrade is complete. The dashboard is writable again and delayed warehouse syncs are running.",
      },
    ],
  };
}

/** The queue cluster upgrade 5 days ahead, already announced. */
export function buildScheduledMaintenance(now: Date, random: Random, takenSlugs: Set<string>): DemoMaintenance {
  const title = "Event queue cluster upgrade";
  const scheduledStart = new Date(startOfUtcDay(now).getTime() + 5 * DAY + 6 * HOUR);
  const publishedAt = new Date(startOfUtcDay(now).getTime() - 14 * HOUR);
  return {
    slug: uniqueSlug(title, random, takenSlugs),
    title,
    body: `We're upgrading the queue cluster behind the **track** and **batch** endpoints, one node at a time.

- Both endpoints keep accepting events throughout; expect slightly higher latency.
- Processing may be delayed by up to 10 minutes, so the dashboard can lag behind briefly.
- Nothing you send is lost, and events keep their original timestamps.`,
    status: "scheduled",
    scheduledStart,
    scheduledEnd: new Date(scheduledStart.getTime() + 90 * MINUTE),
    startedAt: null,
    completedAt: null,
    publishedAt,
    componentKeys: [C.track, C.batch],
    updates: [{ status: "scheduled", displayAt: publishedAt, body: "Maintenance scheduled." }],
  };
}
