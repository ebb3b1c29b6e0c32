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

export type DemoIncidentUpdate = {
  status: IncidentStatus;
  body: string;
  displayAt: Date;
  notify: boolean;
  /** Only for updates that changed a component's status. */
  changes: DemoStatusChange[];
};

export type DemoWindow = { componentKey: string; severity: WindowSeverity; startedAt: Date; endedAt: Date };

export type DemoPostmortem = { body: string; publishedAt: Date; notify: boolean };

export type DemoIncident = {
  slug: string;
  title: string;
  impact: IncidentImpact;
  status: IncidentStatus;
  startedAt: Date;
  publishedAt: Date;
  monitoringAt: Date | null;
  resolvedAt: Date;
  componentKeys: string[];
  /** Oldest first. */
  updates: DemoIncidentUpdate[];
  windows: DemoWindow[];
  postmortem: DemoPostmortem | null;
};

export type DemoMaintenanceUpdate = { status: MaintenanceStatus; body: string; displayAt: Date };

export type DemoMaintenance = {
  slug: string;
  title: string;
  body: string;
  status: MaintenanceStatus;
  scheduledStart: Date;
  scheduledEnd: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  publishedAt: Date;
  componentKeys: string[];
  updates: DemoMaintenanceUpdate[];
};

export type DemoData = {
  settings: DemoSettings;
  groups: DemoGroup[];
  components: DemoComponent[];
  /** Oldest first. */
  incidents: DemoIncident[];
  maintenances: DemoMaintenance[];
};
