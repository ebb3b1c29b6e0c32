import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const text = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((v) => v || undefined);

/** A date-only bound means that whole UTC day: `from` its start, `to` its end. */
const bound = (edge: "from" | "to") =>
  z
    .union([z.date(), z.string().trim()])
    .nullish()
    .transform((v, ctx) => {
      if (v === undefined || v === null || v === "") return undefined;
      let date = v instanceof Date ? v : new Date(v);
      if (typeof v === "string" && DATE_ONLY.test(v) && edge === "to") date = new Date(date.getTime() + 86_400_000);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: `${edge === "from" ? "From" : "To"} must be a date (YYYY-MM-DD) or a date and time` });
        return z.NEVER;
      }
      return date;
    });

export const ListAuditInput = z
  .object({
    entityType: text,
    entityId: text,
    /** An actor id, or part of the actor's label (email, token name). */
    actor: text,
    /** "maintenance." matches maintenance.schedule, maintenance.start, … */
    actionPrefix: text,
    from: bound("from"),
    /** Exclusive for an instant; a date-only value includes that whole day. */
    to: bound("to"),
    cursor: text,
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ["to"], message: "To must be after From" });
export type ListAuditInput = VerbInput<typeof ListAuditInput>;
