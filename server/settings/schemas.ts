import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { AA_NORMAL_TEXT, contrastRatio, formatRatio, normalizeHex } from "@/lib/domain/contrast";
import { isValidTimeZone } from "@/lib/time/format";
import { isLanguage, LANGUAGES } from "@/lib/i18n/languages";

export type FooterLink = { label: string; url: string };

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** An image address: "/logo.svg" (served by this app) or https://; "//host" is not relative. */
const imageUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `${label} is too long`)
    .refine(
      (v) => v === "" || (v.startsWith("/") && !v.startsWith("//")) || isUrl(v, ["https:"]),
      `${label} must be https:// or a path starting with /`,
    )
    .nullish()
    .transform((v) => v || null);

const accentColor = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const hex = normalizeHex(v);
    if (!hex) {
      ctx.addIssue({ code: "custom", message: "Accent colour must be a hex colour such as #1d4ed8" });
      return z.NEVER;
    }
    const ratio = contrastRatio(hex, "#ffffff");
    if (ratio < AA_NORMAL_TEXT) {
      ctx.addIssue({
        code: "custom",
        message: `Accent colour ${hex} has a contrast of ${formatRatio(ratio)} with the white text on it; WCAG AA needs 4.5:1. Choose a darker colour.`,
      });
      return z.NEVER;
    }
    return hex;
  });

const MAX_FOOTER_LINKS = 5;

/** Footer links, one per line as "Label | https://…", stored as JSON. */
const footerLinks = z
  .string()
  .max(2000, "Footer links are too long")
  .nullish()
  .transform((v, ctx) => {
    const lines = (v ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) return null;
    if (lines.length > MAX_FOOTER_LINKS) {
      ctx.addIssue({ code: "custom", message: `Footer links: ${MAX_FOOTER_LINKS} at most (one per line)` });
      return z.NEVER;
    }
    const links: FooterLink[] = [];
    for (const [index, line] of lines.entries()) {
      const cut = line.lastIndexOf("|");
      const label = cut === -1 ? "" : line.slice(0, cut).trim();
      const url = (cut === -1 ? line : line.slice(cut + 1)).trim();
      if (!label || label.length > 40 || !isUrl(url, ["http:", "https:"])) {
        ctx.addIssue({ code: "custom", message: `Footer link ${index + 1}: write it as “Label | https://…” (label up to 40 characters)` });
        return z.NEVER;
      }
      links.push({ label, url });
    }
    return JSON.stringify(links);
  });

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
    logoUrl: imageUrl("Logo URL"),
    logoDarkUrl: imageUrl("Dark-mode logo URL"),
    faviconUrl: imageUrl("Icon URL"),
    accentColor,
    supportUrl: z
      .string()
      .trim()
      .max(2000, "Support URL is too long")
      .refine((v) => v === "" || isUrl(v, ["http:", "https:", "mailto:"]), "Support URL must start with https://, http:// or mailto:")
      .nullish()
      .transform((v) => v || null),
    footerLinks,
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
    // Optional so API clients written before languages keep the page's language when they save.
    language: z
      .string({ error: "Language must be one of " + LANGUAGES.join(", ") })
      .trim()
      .refine(isLanguage, `Language must be one of ${LANGUAGES.join(", ")}`)
      .optional(),
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
