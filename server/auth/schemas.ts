import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/domain/password-rules";

export const Email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .min(1, "Email is required")
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));

export const PersonName = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(100, "Name is too long (100 characters at most)");

export const NewPassword = z
  .string({ error: "Password is required" })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`);

const LinkToken = z.string({ error: "The link is missing its token" }).trim().min(1, "The link is missing its token").max(200);

const confirmMatches = <T extends { password: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.confirmPassword)
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Passwords do not match" });
};

/** A new account with a password: the first owner, or someone accepting an invitation. */
export const NewAccountInput = z
  .object({ token: LinkToken, name: PersonName, password: NewPassword, confirmPassword: z.string({ error: "Repeat the password" }) })
  .superRefine(confirmMatches);
export type NewAccountInput = VerbInput<typeof NewAccountInput>;

export const SetupOwnerInput = z
  .object({
    token: LinkToken,
    name: PersonName,
    email: Email,
    password: NewPassword,
    confirmPassword: z.string({ error: "Repeat the password" }),
  })
  .superRefine(confirmMatches);
export type SetupOwnerInput = VerbInput<typeof SetupOwnerInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password"),
    password: NewPassword,
    confirmPassword: z.string({ error: "Repeat the new password" }),
  })
  .superRefine(confirmMatches);
export type ChangePasswordInput = VerbInput<typeof ChangePasswordInput>;
