import { z } from "zod";

/** The key that makes one subscription per address: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An address as typed (trimmed; sent to as written), validated by zod's email rule. */
export const EmailAddress = z
  .string({ error: "Email is required" })
  .trim()
  .min(1, "Email is required")
  .max(254, "Email is too long (254 characters at most)")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

/** Parses an address: the form to send to and the normalized key, or null when it is not valid. */
export function parseEmail(value: string): { email: string; emailNormalized: string } | null {
  const result = EmailAddress.safeParse(value);
  return result.success ? { email: result.data, emailNormalized: normalizeEmail(result.data) } : null;
}
