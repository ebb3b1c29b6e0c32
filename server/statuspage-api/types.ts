import type { ComponentStatus } from "@/lib/domain/statuses";

// The shapes of Statuspage's public API v2 (https://metastatuspage.com/api/v2/), field for field.

export type V2Page = { id: string; name: string; url: string; time_zone: string; updated_at: string };

export type V2Indicator = "none" | "minor" | "major" | "critical";
export type V2Status = { indicator: V2Indicator; description: string };

export type V2Component = {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  /** A date ("2024-01-31"), not an instant. */
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Only on groups: the ids of their components. */
  components?: string[];
};

export type V2AffectedComponent = { code: string; name: string; old_status: string; new_status: string };

export type V2IncidentUpdate = {
  id: string;
  status: string;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: V2AffectedComponent[] | null;
};

type V2Event = {
  id: string;
  name: string;
  status: string;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  started_at: string;
  shortlink: string;
  page_id: string;
  incident_updates: V2IncidentUpdate[];
  components: V2Component[];
};

export type V2Incident = V2Event & {
  impact: "none" | "minor" | "major" | "critical";
  postmortem_body: string | null;
  postmortem_body_last_updated_at: string | null;
  postmortem_published_at: string | null;
  postmortem_ignored: boolean;
  postmortem_notified_subscribers: boolean;
  postmortem_notified_twitter: boolean;
};

export type V2ScheduledMaintenance = V2Event & {
  impact: "maintenance";
  status: "scheduled" | "in_progress" | "verifying" | "completed";
  scheduled_for: string;
  scheduled_until: string;
};

export type V2Summary = {
  page: V2Page;
  status: V2Status;
  components: V2Component[];
  incidents: V2Incident[];
  scheduled_maintenances: V2ScheduledMaintenance[];
};
