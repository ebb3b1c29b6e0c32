"use client";

import { useEffect, useMemo, useState } from "react";
import { useTimePreference } from "@/components/time/time-preference";
import type { PublicComponent, PublicPage } from "@/server/public/snapshot-types";
import { dailyUptime } from "@/server/uptime";
import { UptimeBars } from "./uptime-bars";

type Props = {
  component: PublicComponent;
  page: PublicPage;
  generatedAt: string;
  incidents: Record<string, { title: string; href: string }>;
};

/**
 * Days are the viewer's calendar days (or UTC days with the toggle), so the bars are computed
 * here from the raw windows. The server render uses the page's zone and the snapshot time.
 */
export function ComponentUptime({ component, page, generatedAt, incidents }: Props) {
  const { zone } = useTimePreference();
  const [now, setNow] = useState(() => Date.parse(generatedAt));
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);
  const result = useMemo(
    () =>
      dailyUptime({
        windows: component.windows,
        maintenance: component.maintenance,
        now,
        days: page.uptimeDays,
        timeZone: zone,
        weights: page.uptimeWeights,
        since: component.since,
      }),
    [component, page, now, zone],
  );
  return <UptimeBars componentName={component.name} days={result.days} uptime={result.uptime} incidents={incidents} />;
}
