import { z } from "zod";
import { Instant, RecordId } from "./schema-fields";
import { WINDOW_SEVERITIES } from "./statuses";

// The window an input describes, shared by the window verbs and the incident verbs that open
// windows with the incident (create, backfill).

export const WindowSeverityInput = z.enum(WINDOW_SEVERITIES, { error: "Pick a severity: degraded, partial or major" });

export const WindowSpec = z.object({
  componentId: RecordId("Component"),
  severity: WindowSeverityInput,
  startedAt: Instant("Start"),
  endedAt: Instant("End")
    .nullish()
    .transform((v) => v ?? null),
});
export type WindowSpec = z.input<typeof WindowSpec>;

export const ClosedWindowSpec = WindowSpec.extend({ endedAt: Instant("End") });
