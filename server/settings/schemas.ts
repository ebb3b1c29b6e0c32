import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { isValidTimeZone } from "@/lib/time/format";

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const weight = (label: string) =>
  z.coerce
    .number({ error: `${label} weight must be a number between 0 and 1` })
    .min(0, `${label} weight must be between 0 and 1`)
    .max(1, `${label} weight must be between 0 and 1`);

export const UpdateSettingsInput = z
  .object({
    pageName: z
      .string({ error: "Page name is required" })
      .trim()
      .min(1, "Page name is required")
      .max(80, "Page name is too long (80 characters at most)"),
    publicUrl: z
      .string({ error: "Public URL is required" })
      .trim()
      .max(2000, "Public URL is too long")
      .refine((v) => isUrl(v, ["http:", "https:"]), "Public URL must start with http:// or https://")
      .transform((v) => v.replace(/\/+$/, "")),
    logoUrl: z
      .string()
      .trim()
      .max(2000, "Logo URL is too long")
      // "/logo.svg" (served by this app) or an https:// address; "//host" is not relative.
      .refine(
        (v) => v === "" || (v.startsWith("/") && !v.startsWith("//")) || isUrl(v, ["https:"]),
        "Logo URL must be https:// or a path starting with /",
      )
      .nullish()
      .transform((v) => v || null),
    timeZone: z
      .string({ error: "Time zone is required" })
      .trim()
      .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as Europe/Berlin or UTC"),
    senderName: z
      .string({ error: "Sender name is required" })
      .trim()
      .min(1, "Sender name is required")
      .max(80, "Sender name is too long (80 characters at most)"),
    senderEmail: z
      .string({ error: "Sender address is required" })
      .trim()
      .max(254, "Sender address is too long")
      // The browser's own rule for type=email: "status@localhost" (the default) is fine too.
      .pipe(z.email({ pattern: z.regexes.html5Email, error: "Sender address must be an email address" })),
    replyTo: z
      .string({ error: "Reply-To must be an email address" })
      .trim()
      .max(254, "Reply-To address is too long")
      .refine(
        (v) => v === "" || z.email({ pattern: z.regexes.html5Email }).safeParse(v).success,
        "Reply-To must be an email address (or empty)",
      )
      .nullish()
      .transform((v) => v || null),
    uptimeWeightMajor: weight("Major outage"),
    uptimeWeightPartial: weight("Partial outage"),
    uptimeWeightDegraded: weight("Degraded performance"),
  })
  .superRefine((s, ctx) => {
    if (s.uptimeWeightPartial > s.uptimeWeightMajor) {
      ctx.addIssue({ code: "custom", path: ["uptimeWeightPartial"], message: "Partial outage cannot weigh more than a major outage" });
    }
    if (s.uptimeWeightDegraded > s.uptimeWeightPartial) {
      ctx.addIssue({
        code: "custom",
        path: ["uptimeWeightDegraded"],
        message: "Degraded performance cannot weigh more than a partial outage",
      });
    }
  });
export type UpdateSettingsInput = VerbInput<typeof UpdateSettingsInput>;
