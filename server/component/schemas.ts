import { z } from "zod";
import { ComponentStatus } from "@/server/status/statuses";

const name = z.string().trim().min(1, "Name is required").max(120, "Name is too long (120 characters at most)");
const description = z.string().trim().max(500, "Description is too long (500 characters at most)").optional().transform((v) => v || null);

export const CreateComponentInput = z.object({
  name,
  description,
  groupId: z.string().min(1).nullish().transform((v) => v ?? null),
  showcase: z.boolean().default(true),
  onlyShowIfDegraded: z.boolean().default(false),
  startDate: z.coerce.date({ error: "Start date is not a valid date" }).nullish().transform((v) => v ?? null),
});
export type CreateComponentInput = z.input<typeof CreateComponentInput>;

export const SetComponentStatusInput = z.object({
  componentId: z.string().min(1),
  // null hands the status back to windows and maintenance.
  status: ComponentStatus.nullable(),
});
export type SetComponentStatusInput = z.input<typeof SetComponentStatusInput>;
