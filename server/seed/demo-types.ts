import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus, WindowSeverity } from "@/lib/domain/statuses";

// Plain data: rows refer to each other by `key` (components, groups) because database ids
// only exist once apply.ts has written them.

export type DemoSettings = {
  pageName: string;
  timeZone: string;
  senderName: string;
  senderEmail: string;
};

export type DemoGroup = { key: string; name: string; description: string; position: number };

export type DemoComponent = {
  key: string;
  name: string;
  description: string;
  groupKey: string | null;
  /** Within the group, or among top-level rows (shared with group positions) when ungrouped. */
  position: number;
  /** Uptime is not counted before this day. */
  startDate: Date;
};

export type DemoStatusChange = { componentKey: string; oldStatus: ComponentStatus; newStatus: ComponentStatus };

/** An entry of a timeline: incident and maintenance updates alike. */
type DemoPost<Status> = { status: Status; body: string; displayAt: Date };

export type DemoIncidentUpdate = DemoPost<IncidentStatus> & {
  notify: boolean;
  /** Only for updates that changed a component's status. */
  changes: DemoStatusChange[];
};

export type DemoWindow = { componentKey: string; severity: WindowSeverity; startedAt: Date; endedAt: Date };

export type DemoPostmortem = { body: string; publishedAt: Date; notify: boolean };

/** What incidents and maintenance share: a public page of their own and a timeline, oldest first. */
type DemoEvent<Status, Update> = {
  slug: string;
  title: string;
  status: Status;
  publishedAt: Date;
  componentKeys: string[];
  updates: Update[];
};

export type DemoIncident = DemoEvent<IncidentStatus, DemoIncidentUpdate> & {
  impact: IncidentImpact;
  startedAt: Date;
  monitoringAt: Date | null;
  resolvedAt: Date;
  windows: DemoWindow[];
  postmortem: DemoPostmortem | null;
};

export type DemoMaintenanceUpdate = DemoPost<MaintenanceStatus>;

export type DemoMaintenance = DemoEvent<MaintenanceStatus, DemoMaintenanceUpdate> & {
  body: string;
  scheduledStart: Date;
  scheduledEnd: Date;
  startedAt: Date | null;
  completedAt: Date | null;
};

export type DemoData = {
  settings: DemoSettings;
  groups: DemoGroup[];
  components: DemoComponent[];
  /** Oldest first. */
  incidents: DemoIncident[];
  maintenances: DemoMaintenance[];
};
