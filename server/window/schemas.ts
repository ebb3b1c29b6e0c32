import { z } from "zod";
import { Instant, RecordId } from "@/lib/domain/schema-fields";
import { WindowSeverityInput as Severity, WindowSpec } from "@/lib/domain/window-spec";
import type { VerbInput } from "@/server/verb-input";

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
