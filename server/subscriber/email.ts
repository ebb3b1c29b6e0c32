import { z } from "zod";
import { en } from "@/lib/i18n/en";

/** The key that makes one subscription per address: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An address as typed (trimmed; sent to as written), validated by zod's email rule. */
export const EmailAddress = z
  .string({ error: en.answers.emailRequired })
  .trim()
  .min(1, en.answers.emailRequired)
  .max(254, en.answers.emailTooLong)
  .pipe(z.email(en.answers.emailInvalid));

/** Parses an address: the form to send to and the normalized key, or null when it is not valid. */
export function parseEmail(value: string): { email: string; emailNormalized: string } | null {
  const result = EmailAddress.safeParse(value);
  return result.success ? { email: result.data, emailNormalized: normalizeEmail(result.data) } : null;
}

// Providers that ignore dots in the local part (and deliver googlemail.com to the same inbox).
const DOTLESS_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/**
 * The inbox an address reaches, for rate limits: `victim+1@x` and `victim+2@x` are one inbox
 * (plus-addressing, honoured by nearly every provider), and so are `v.ictim@gmail.com` and
 * `victim@googlemail.com`. Only for counting: mail still goes to the address as typed.
 */
export function inboxKey(emailNormalized: string): { inbox: string; domain: string } {
  const at = emailNormalized.lastIndexOf("@");
  let local = emailNormalized.slice(0, at);
  let domain = emailNormalized.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return { inbox: `${local}@${domain}`, domain };
}
