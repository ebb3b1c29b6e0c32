import type { DemoComponent, DemoGroup, DemoSettings } from "./demo-types";

export const DEMO_SETTINGS: DemoSettings = {
  pageName: "Acme Status",
  timeZone: "Europe/Berlin",
  senderName: "Acme Status",
  // .example is reserved: demo mail can never reach a real domain.
  senderEmail: "status@acme.example",
};

/** Component keys used by the incidents and maintenance. */
export const C = {
  website: "website",
  authenticate: "authenticate",
  track: "track",
  batch: "batch",
  dashboard: "dashboard",
  webhooks: "webhooks",
  warehouseSync: "warehouse-sync",
} as const;

export const DEMO_GROUPS: DemoGroup[] = [
  { key: "api", name: "API", description: "Public HTTP API at api.acme.example.", position: 1 },
  { key: "integrations", name: "Integrations", description: "Data we send to other systems.", position: 3 },
];

// Before the 2021 incident, so the uptime of every component covers it.
const LAUNCH = new Date("2020-01-01T00:00:00Z");

export const DEMO_COMPONENTS: DemoComponent[] = [
  {
    key: C.website,
    name: "Website",
    description: "acme.example and the developer documentation.",
    groupKey: null,
    position: 0,
    startDate: LAUNCH,
  },
  {
    key: C.authenticate,
    name: "Authenticate endpoint",
    description: "POST /v1/authenticate. Synchronous: your app waits for the answer, so errors are visible to your users.",
    groupKey: "api",
    position: 0,
    startDate: LAUNCH,
  },
  {
    key: C.track,
    name: "Track endpoint",
    description: "POST /v1/track. Asynchronous: events are queued and processed in the background; accepted events are never dropped.",
    groupKey: "api",
    position: 1,
    startDate: LAUNCH,
  },
  {
    key: C.batch,
    name: "Batch endpoint",
    description: "POST /v1/batch. Asynchronous bulk ingestion of up to 500 events per request, queued like track.",
    groupKey: "api",
    position: 2,
    startDate: LAUNCH,
  },
  {
    key: C.dashboard,
    name: "Dashboard",
    description: "Reports, the live event view and account settings at app.acme.example.",
    groupKey: null,
    position: 2,
    startDate: LAUNCH,
  },
  {
    key: C.webhooks,
    name: "Webhooks",
    description: "Outgoing event webhooks to your endpoints, retried for up to 24 hours.",
    groupKey: "integrations",
    position: 0,
    startDate: LAUNCH,
  },
  {
    key: C.warehouseSync,
    name: "Warehouse sync",
    description: "Scheduled exports to Snowflake, BigQuery and Redshift.",
    groupKey: "integrations",
    position: 1,
    startDate: LAUNCH,
  },
];
