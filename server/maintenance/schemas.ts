import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";

const title = z
  .string({ error: "Title is required" })
  .trim()
  .min(1, "Title is required")
  .max(200, "Title is too long (200 characters at most)");
const body = z.string().max(20_000, "Description is too long (20,000 characters at most)");
const componentIds = z
  .array(z.string().min(1), { error: "Choose the affected components" })
  .min(1, "Choose at least one component")
  .refine((ids) => new Set(ids).size === ids.length, "A component is listed twice");
const instant = (what: string) => z.coerce.date({ error: `${what} must be a valid date and time` });
const maintenanceId = z.string({ error: "Maintenance is required" }).min(1, "Maintenance is required");

export const ScheduleMaintenanceInput = z
  .object({
    title,
    body: body.nullish().transform((v) => v?.trim() ?? ""),
    componentIds,
    scheduledStart: instant("Start"),
    scheduledEnd: instant("End"),
    autoStart: z.boolean().default(true),
    autoComplete: z.boolean().default(true),
    notifyOnSchedule: z.boolean().default(true),
    notifyOnStart: z.boolean().default(true),
    notifyOnEnd: z.boolean().default(true),
  })
  .refine((m) => m.scheduledEnd > m.scheduledStart, { path: ["scheduledEnd"], message: "End must be after the start" });
export type ScheduleMaintenanceInput = VerbInput<typeof ScheduleMaintenanceInput>;

// Partial: a key left out keeps its value. The merged start/end are checked by the verb.
export const UpdateMaintenanceInput = z.object({
  maintenanceId,
  title: title.optional(),
  body: body.nullish().transform((v) => (v === undefined ? undefined : (v ?? "").trim())),
  componentIds: componentIds.optional(),
  scheduledStart: instant("Start").optional(),
  scheduledEnd: instant("End").optional(),
  autoStart: z.boolean().optional(),
  autoComplete: z.boolean().optional(),
  notifyOnSchedule: z.boolean().optional(),
  notifyOnStart: z.boolean().optional(),
  notifyOnEnd: z.boolean().optional(),
});
export type UpdateMaintenanceInput = VerbInput<typeof UpdateMaintenanceInput>;

/** Start, verify, complete, cancel: which maintenance, and optionally what to tell customers. */
export const MaintenanceTransitionInput = z.object({
  maintenanceId,
  message: z
    .string()
    .trim()
    .max(5_000, "Message is too long (5,000 characters at most)")
    .nullish()
    .transform((v) => v || undefined),
});
export type MaintenanceTransitionInput = VerbInput<typeof MaintenanceTransitionInput>;
