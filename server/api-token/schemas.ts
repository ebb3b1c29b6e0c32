import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";

export const TOKEN_SCOPES = ["read", "write"] as const;
export const TokenScope = z.enum(TOKEN_SCOPES, { error: "Choose read or write" });
export type TokenScope = z.infer<typeof TokenScope>;

export const CreateApiTokenInput = z.object({
  name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(100, "Name is too long (100 characters at most)"),
  scope: TokenScope,
  /** Empty: never expires. */
  expiresInDays: z.coerce
    .number({ error: "Expiry must be a number of days" })
    .int("Whole days only")
    .min(1, "At least one day")
    .max(3650, "At most ten years")
    .optional(),
});
export type CreateApiTokenInput = VerbInput<typeof CreateApiTokenInput>;

export const ApiTokenIdInput = z.object({ tokenId: z.string({ error: "Token is required" }).min(1, "Token is required").max(64) });
export type ApiTokenIdInput = VerbInput<typeof ApiTokenIdInput>;
