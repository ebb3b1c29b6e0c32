import { z } from "zod";
import { Instant, RecordId } from "@/lib/domain/schema-fields";
import { WINDOW_SEVERITIES } from "@/lib/domain/statuses";
import type { VerbInput } from "@/server/verb-input";

const Severity = z.enum(WINDOW_SEVERITIES, { error: "Pick a severity: degraded, partial or major" });

export const WindowSpec = z.object({
  componentId: RecordId("Component"),
  severity: Severity,
  startedAt: Instant("Start"),
  endedAt: Instant("End").nullish().transform((v) => v ?? null),
});
export type WindowSpec = z.input<typeof WindowSpec>;

export const ClosedWindowSpec = WindowSpec.extend({ endedAt: Instant("End") });

export const AddWindowInput = WindowSpec.extend({ incidentId: RecordId("Incident") });
export type AddWindowInput = VerbInput<typeof AddWindowInput>;

export const UpdateWindowInput = z.object({
  windowId: RecordId("Window"),
  severity: Severity.optional(),
  startedAt: Instant("Start").optional(),
  /** null reopens the window; omit to leave the end as it is. */
  endedAt: Instant("End").nullable().optional(),
});
export type UpdateWindowInput = VerbInput<typeof UpdateWindowInput>;

export const CloseWindowInput = z.object({ windowId: RecordId("Window"), endedAt: Instant("End").optional() });
export type CloseWindowInput = VerbInput<typeof CloseWindowInput>;

export const DeleteWindowInput = z.object({ windowId: RecordId("Window") });
export type DeleteWindowInput = VerbInput<typeof DeleteWindowInput>;
