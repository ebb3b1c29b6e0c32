import type { Language } from "@/lib/i18n/languages";
import type { OverallStatus } from "@/server/status/overall";
import type { ComponentStatus, IncidentImpact } from "@/lib/domain/statuses";

/** Everything the public pages show, built from the database and served from memory. */
export type PublicSnapshot = {
  format: 1;
  revision: number;
  /** When this content was read from the database. */
  generatedAt: string;
  page: PublicPage;
  overall: OverallStatus;
  rows: PublicRow[];
  activeIncidents: PublicIncident[];
  /** Published incidents of the uptime range (resolved or not), newest first, in full. */
  recentIncidents: PublicIncident[];
  /** Every published incident, newest first, for the history pages. */
  history: PublicIncidentSummary[];
  maintenance: { active: PublicMaintenance[]; upcoming: PublicMaintenance[]; past: PublicMaintenance[] };
  /** For the Statuspage-compatible API; absent in a snapshot file written by an older version. */
  api?: PublicApiData;
};

/** Every shown component and group with its bookkeeping fields, and the latest incidents in full. */
export type PublicApiData = {
  /** The latest change to anything on the page (settings, components, incidents, maintenance). */
  updatedAt: string;
  groups: Array<{ id: string; name: string; description: string | null; position: number; createdAt: string; updatedAt: string }>;
  /** Shown components, including "only show if degraded" ones while operational. */
  components: Array<{
    id: string;
    name: string;
    description: string | null;
    status: ComponentStatus;
    groupId: string | null;
    position: number;
    onlyShowIfDegraded: boolean;
    startDate: string | null;
    createdAt: string;
    updatedAt: string;
  }>;
  /** The most recent published incidents (resolved or not), newest first. */
  incidents: PublicIncident[];
};

/** How the page looks: set in the console (Settings → Branding). */
export type PublicBrand = {
  /** #rrggbb with white text on it at WCAG AA or better; null: the default. */
  accentColor: string | null;
  logoDarkUrl: string | null;
  faviconUrl: string | null;
  supportUrl: string | null;
  footerLinks: Array<{ label: string; url: string }>;
};

export type PublicPage = {
  name: string;
  url: string;
  logoUrl: string | null;
  /** Absent in snapshot files written before branding. */
  brand?: PublicBrand;
  /** lib/i18n: every word and date of the page. Absent in snapshot files written before languages (English). */
  language?: Language;
  timeZone: string;
  uptimeWeights: { major: number; partial: number; degraded: number };
  uptimeDays: number;
};

export type PublicComponent = {
  id: string;
  /** Its page: /components/<slug>. Optional: snapshot files written before component pages lack it. */
  slug?: string;
  name: string;
  description: string | null;
  status: ComponentStatus;
  groupId: string | null;
  /** Epoch ms; null when the component has no start date. */
  since: number | null;
  /** Over the component page's longest range (COMPONENT_HISTORY_DAYS), not only the home page's. */
  windows: Array<{ start: number; end: number | null; severity: "degraded" | "partial" | "major"; incidentId: string | null }>;
  maintenance: Array<{ start: number; end: number | null }>;
};

export type PublicGroup = {
  id: string;
  name: string;
  description: string | null;
  status: ComponentStatus;
  collapsed: boolean;
  components: PublicComponent[];
};

export type PublicRow = { kind: "group"; group: PublicGroup } | { kind: "component"; component: PublicComponent };

export type PublicUpdate = {
  id: string;
  status: string;
  body: string;
  displayAt: string;
  // Optional here and below: snapshots written before the API existed (cache file) lack them.
  createdAt?: string;
  updatedAt?: string;
  changes: Array<{ componentId: string; name: string; oldStatus: string; newStatus: string }>;
};

export type PublicIncidentSummary = {
  id: string;
  slug: string;
  title: string;
  impact: IncidentImpact;
  status: string;
  startedAt: string;
  resolvedAt: string | null;
  /** The components it affected (history entries only; absent in older snapshot files). */
  componentIds?: string[];
};

export type PublicIncident = PublicIncidentSummary & {
  publishedAt: string;
  createdAt?: string;
  updatedAt: string;
  monitoringAt?: string | null;
  components: Array<{ id: string; name: string }>;
  updates: PublicUpdate[];
  windows: Array<{ componentId: string; componentName: string; severity: string; start: string; end: string | null }>;
  postmortem: { body: string; publishedAt: string } | null;
};

export type PublicMaintenance = {
  id: string;
  slug: string;
  title: string;
  body: string;
  status: string;
  scheduledStart: string;
  scheduledEnd: string;
  startedAt: string | null;
  completedAt: string | null;
  createdAt?: string;
  updatedAt?: string;
  components: Array<{ id: string; name: string }>;
  updates: Array<{ id: string; status: string; body: string; displayAt: string; createdAt?: string; updatedAt?: string }>;
};
