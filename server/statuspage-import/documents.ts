import { z } from "zod";

// Atlassian Statuspage's public v2 documents (https://<page>/api/v2/…), as its documentation shows
// them. Loose objects: fields we do not use may come and go; the ones we use are checked.

const Id = z.string().min(1).max(64);
const Time = z.string().min(1);
const ComponentStatus = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

export const SpComponent = z.looseObject({
  id: Id,
  name: z.string().min(1),
  status: ComponentStatus.catch("operational"),
  position: z.number().int().nullish(),
  description: z.string().nullish(),
  showcase: z.boolean().nullish(),
  only_show_if_degraded: z.boolean().nullish(),
  start_date: z.string().nullish(),
  group_id: Id.nullish(),
  group: z.boolean().nullish(),
  components: z.array(Id).nullish(),
  updated_at: Time.nullish(),
});
export type SpComponent = z.infer<typeof SpComponent>;

export const SpAffected = z.looseObject({
  code: Id,
  name: z.string().nullish(),
  old_status: z.string().nullish(),
  new_status: z.string().nullish(),
});

export const SpUpdate = z.looseObject({
  id: Id,
  status: z.string(),
  body: z.string().nullish(),
  created_at: Time,
  display_at: Time.nullish(),
  affected_components: z.array(SpAffected).nullish(),
});
export type SpUpdate = z.infer<typeof SpUpdate>;

export const SpIncident = z.looseObject({
  id: Id,
  name: z.string().min(1),
  status: z.string(),
  impact: z.string().nullish(),
  created_at: Time,
  updated_at: Time.nullish(),
  started_at: Time.nullish(),
  resolved_at: Time.nullish(),
  incident_updates: z.array(SpUpdate).default([]),
  components: z.array(z.looseObject({ id: Id })).nullish(),
  scheduled_for: Time.nullish(),
  scheduled_until: Time.nullish(),
});
export type SpIncident = z.infer<typeof SpIncident>;

const Page = z.looseObject({ id: z.string(), name: z.string(), url: z.string().nullish(), time_zone: z.string().nullish() });

export const SpSummary = z.looseObject({ page: Page, components: z.array(SpComponent).default([]) });
export const SpIncidents = z.looseObject({ page: Page.optional(), incidents: z.array(SpIncident).default([]) });
export const SpMaintenances = z.looseObject({ page: Page.optional(), scheduled_maintenances: z.array(SpIncident).default([]) });

export type StatuspageDocuments = {
  summary: z.infer<typeof SpSummary>;
  incidents: SpIncident[];
  maintenances: SpIncident[];
};

const FILES = { summary: "summary.json", incidents: "incidents.json", maintenances: "scheduled-maintenances.json" } as const;

/** Parses the three documents; an error names the document and the field. */
export function parseDocuments(raw: Record<keyof typeof FILES, unknown>): StatuspageDocuments {
  const parse = <T>(schema: z.ZodType<T>, value: unknown, file: string): T => {
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${file}: ${issue.path.join(".") || "(document)"}: ${issue.message}`);
    }
    return result.data;
  };
  return {
    summary: parse(SpSummary, raw.summary, FILES.summary),
    incidents: parse(SpIncidents, raw.incidents, FILES.incidents).incidents,
    maintenances: parse(SpMaintenances, raw.maintenances, FILES.maintenances).scheduled_maintenances,
  };
}

/**
 * The documents from a folder of saved files or from a live page (its public URL, e.g.
 * https://status.example.com): the same three files either way.
 */
export async function readDocuments(source: string): Promise<StatuspageDocuments> {
  const raw: Record<string, unknown> = {};
  if (/^https?:\/\//.test(source)) {
    const base = source.replace(/\/+$/, "");
    for (const [key, file] of Object.entries(FILES)) {
      const response = await fetch(`${base}/api/v2/${file}`, { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`${base}/api/v2/${file}: HTTP ${response.status}`);
      raw[key] = await response.json();
    }
  } else {
    const { readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    for (const [key, file] of Object.entries(FILES)) {
      const text = await readFile(path.join(source, file), "utf8").catch((error: NodeJS.ErrnoException) => {
        // A page without maintenance history may not have saved that file.
        if (error.code === "ENOENT" && key === "maintenances") return "{}";
        throw new Error(`${path.join(source, file)}: ${error.message}`);
      });
      raw[key] = JSON.parse(text) as unknown;
    }
  }
  return parseDocuments(raw as Record<keyof typeof FILES, unknown>);
}
