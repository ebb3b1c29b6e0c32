import { z } from "zod";
import { ComponentStatus } from "@/lib/domain/status-schemas";
import type { VerbInput } from "@/server/verb-input";

const name = z.string().trim().min(1, "Name is required").max(120, "Name is too long (120 characters at most)");
const description = z
  .string()
  .trim()
  .max(500, "Description is too long (500 characters at most)")
  .optional()
  .transform((v) => v || null);
const id = (what: string) => z.string({ error: `${what} is required` }).min(1, `${what} is required`);
const startDate = z.coerce.date({ error: "Start date is not a valid date" });

export const CreateComponentInput = z.object({
  name,
  description,
  groupId: z
    .string()
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  showcase: z.boolean().default(true),
  onlyShowIfDegraded: z.boolean().default(false),
  startDate: startDate.nullish().transform((v) => v ?? null),
});
export type CreateComponentInput = VerbInput<typeof CreateComponentInput>;

// Partial: a key left out keeps its value; null clears description, group (top level) and start date.
export const UpdateComponentInput = z.object({
  componentId: id("Component"),
  name: name.optional(),
  description: z
    .string()
    .trim()
    .max(500, "Description is too long (500 characters at most)")
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
  groupId: z
    .string()
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
  showcase: z.boolean().optional(),
  onlyShowIfDegraded: z.boolean().optional(),
  startDate: z
    .union([z.literal(""), startDate])
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
});
export type UpdateComponentInput = VerbInput<typeof UpdateComponentInput>;

export const ReorderComponentsInput = z.object({
  // null: the top level, where groups and ungrouped components share one sequence.
  groupId: z
    .string()
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  ids: z
    .array(z.string().min(1), { error: "The order must be a list of ids" })
    .min(1, "The order must list at least one item")
    .refine((ids) => new Set(ids).size === ids.length, "An item appears twice in the order"),
});
export type ReorderComponentsInput = VerbInput<typeof ReorderComponentsInput>;

export const SetComponentStatusInput = z.object({
  componentId: id("Component"),
  // null hands the status back to windows and maintenance.
  status: ComponentStatus.nullable(),
});
export type SetComponentStatusInput = VerbInput<typeof SetComponentStatusInput>;

export const DeleteComponentInput = z.object({ componentId: id("Component") });
export type DeleteComponentInput = VerbInput<typeof DeleteComponentInput>;
