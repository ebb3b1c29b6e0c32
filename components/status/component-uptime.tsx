"use client";

import { useEffect, useMemo, useState } from "react";
import { useTimePreference } from "@/components/time/time-preference";
import type { PublicComponent, PublicPage } from "@/server/public/snapshot-types";
import { dailyUptime } from "@/lib/domain/daily-uptime";
import { UptimeBars } from "./uptime-bars";
import type { UptimeIncidentLinks } from "./uptime-popover";

/** The same for every row: the page's range and weights, and the snapshot's time for the server render. */
export type UptimeRange = { days: number; weights: PublicPage["uptimeWeights"]; generatedAt: string };

// Only what the bars need: these props are sent to the browser once per component, in the page's payload.
type Props = Pick<PublicComponent, "name" | "since" | "windows" | "maintenance"> & {
  range: UptimeRange;
  /** The incidents of this component's windows. */
  incidents: UptimeIncidentLinks;
  /** Every day of the range on screen (component pages). */
  all?: boolean;
};

/**
 * Days are the viewer's calendar days (or UTC days with the toggle), so the bars are computed
 * here from the raw windows. The server render uses the page's zone and the snapshot time.
 */
export function ComponentUptime({ name, since, windows, maintenance, range, incidents, all }: Props) {
  const { zone } = useTimePreference();
  const [now, setNow] = useState(() => Date.parse(range.generatedAt));
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);
  const result = useMemo(
    () => dailyUptime({ windows, maintenance, now, days: range.days, timeZone: zone, weights: range.weights, since }),
    [windows, maintenance, since, range, now, zone],
  );
  return <UptimeBars componentName={name} days={result.days} uptime={result.uptime} incidents={incidents} all={all} />;
}
