import { IncidentImpact } from "@/lib/domain/status-schemas";
import { worstStatus } from "@/lib/domain/statuses";
import { overallStatus, type OverallStatus } from "@/server/status/overall";
import type { PublicApiData } from "./snapshot-types";
import { resolvePublicUrl } from "./public-url";

// What the public page, its API and the webhooks all say about the page as a whole: one rule each,
// so a webhook body never disagrees with the banner it announces.

type SettingRow = { pageName: string; publicUrl: string; timeZone: string } | null;
type GroupRow = { id: string; name: string; description: string | null; position: number; createdAt: Date; updatedAt: Date };
type ComponentRow = {
  id: string;
  name: string;
  description: string | null;
  status: string;
  groupId: string | null;
  position: number;
  onlyShowIfDegraded: boolean;
  startDate: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The page's name, address and time zone, with the defaults of a page never configured. */
export function pageIdentity(setting: SettingRow): { name: string; url: string; timeZone: string } {
  return { name: setting?.pageName ?? "Status", url: resolvePublicUrl(setting?.publicUrl), timeZone: setting?.timeZone ?? "UTC" };
}

export const toApiGroup = (g: GroupRow): PublicApiData["groups"][number] => ({
  id: g.id,
  name: g.name,
  description: g.description,
  position: g.position,
  createdAt: g.createdAt.toISOString(),
  updatedAt: g.updatedAt.toISOString(),
});

export const toApiComponent = (c: ComponentRow): PublicApiData["components"][number] => ({
  id: c.id,
  name: c.name,
  description: c.description,
  status: worstStatus([c.status]),
  groupId: c.groupId,
  position: c.position,
  onlyShowIfDegraded: c.onlyShowIfDegraded,
  startDate: c.startDate?.toISOString() ?? null,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/**
 * The banner over the shown components, the open published incidents' impacts and running
 * maintenance. An "only show if degraded" component is hidden only while operational, when it
 * changes nothing, so every shown component counts.
 */
export function pageOverall(input: {
  components: ReadonlyArray<{ status: string }>;
  openIncidentImpacts: readonly string[];
  maintenanceInProgress: boolean;
}): OverallStatus {
  return overallStatus({
    componentStatuses: input.components.map((c) => c.status),
    openIncidentImpacts: input.openIncidentImpacts.map((impact) => IncidentImpact.catch("none").parse(impact)),
    maintenanceInProgress: input.maintenanceInProgress,
  });
}
