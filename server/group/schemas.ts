import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";

const name = z.string().trim().min(1, "Name is required").max(120, "Name is too long (120 characters at most)");
const description = z.string().trim().max(500, "Description is too long (500 characters at most)");
const groupId = z.string({ error: "Group is required" }).min(1, "Group is required");

export const CreateGroupInput = z.object({
  name,
  description: description.nullish().transform((v) => v || null),
  collapsed: z.boolean().default(false),
});
export type CreateGroupInput = VerbInput<typeof CreateGroupInput>;

// Partial: a key left out keeps its value; null or "" clears the description.
export const UpdateGroupInput = z.object({
  groupId,
  name: name.optional(),
  description: description.nullish().transform((v) => (v === undefined ? undefined : v || null)),
  collapsed: z.boolean().optional(),
});
export type UpdateGroupInput = VerbInput<typeof UpdateGroupInput>;

export const DeleteGroupInput = z.object({ groupId });
export type DeleteGroupInput = VerbInput<typeof DeleteGroupInput>;
