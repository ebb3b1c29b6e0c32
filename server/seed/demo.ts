import { build2021Incident } from "./demo-2021-incident";
import { DEMO_COMPONENTS, DEMO_GROUPS, DEMO_SETTINGS } from "./demo-components";
import { buildHistoryIncidents } from "./demo-history";
import { buildPastMaintenance, buildScheduledMaintenance } from "./demo-maintenance";
import type { DemoData } from "./demo-types";
import { seededRandom, type Random } from "./random";

export type * from "./demo-types";
export { seededRandom, type Random } from "./random";

/**
 * The demo page for a first run, as plain data (apply.ts writes it): the components of an
 * API company, the 30 March 2021 incident with its postmortem, 90 days of small incidents
 * ending at `now`, one finished and one upcoming maintenance. Everything is over, so the page
 * reads "All systems operational". Same `now` and seed, same data.
 */
export function buildDemoData(now: Date, random: Random = seededRandom(42)): DemoData {
  const slugs = new Set<string>();
  // Fixed order of draws from `random`: the 2021 incident first keeps its slug stable.
  const incident2021 = build2021Incident(random, slugs);
  const history = buildHistoryIncidents(now, random, slugs);
  const maintenances = [buildPastMaintenance(now, random, slugs), buildScheduledMaintenance(now, random, slugs)];
  return {
    settings: { ...DEMO_SETTINGS },
    groups: DEMO_GROUPS.map((group) => ({ ...group })),
    components: DEMO_COMPONENTS.map((component) => ({ ...component, startDate: new Date(component.startDate) })),
    incidents: [incident2021, ...history],
    maintenances,
  };
}
