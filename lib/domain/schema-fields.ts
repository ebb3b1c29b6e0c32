import { z } from "zod";

// Field schemas the verbs' input schemas share; each names the field in its message.

/** The id of a record the input refers to. */
export const RecordId = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(100, `${what} is not valid`);

/** An instant: ISO 8601 (UTC from the admin's pickers), epoch ms or Date. */
export const Instant = (label: string) => z.coerce.date({ error: `${label} is not a valid date and time` });
