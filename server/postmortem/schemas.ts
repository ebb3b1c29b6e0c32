import { z } from "zod";
import { RecordId } from "@/lib/domain/schema-fields";
import type { VerbInput } from "@/server/verb-input";

const MAX_BODY = 100_000;

export const SavePostmortemInput = z.object({
  incidentId: RecordId("Incident"),
  body: z
    .string({ error: "Write the postmortem" })
    // Browsers submit textarea line breaks as CRLF; store LF.
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().min(1, "Write the postmortem").max(MAX_BODY, `The postmortem is too long (${MAX_BODY} characters at most)`)),
});
export type SavePostmortemInput = VerbInput<typeof SavePostmortemInput>;

export const PublishPostmortemInput = z.object({ incidentId: RecordId("Incident"), notify: z.boolean().default(false) });
export type PublishPostmortemInput = VerbInput<typeof PublishPostmortemInput>;

export const UnpublishPostmortemInput = z.object({ incidentId: RecordId("Incident") });
export type UnpublishPostmortemInput = VerbInput<typeof UnpublishPostmortemInput>;
