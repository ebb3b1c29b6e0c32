"use server";

import { revalidatePath } from "next/cache";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { createApiToken, revokeApiToken, type ApiTokenIdInput, type CreateApiTokenInput } from "@/server/api-token";
import { getAdminCtx } from "@/server/auth/session";

import type { CreatedToken } from "@/components/admin/tokens/token-form";
export type { CreatedToken };

// Thin adapters; the verbs authorize and validate (the casts only name the shapes).
export const createTokenAction = formAction(async (_: ActionResult<CreatedToken> | null, form: FormData): Promise<ActionResult<CreatedToken>> => {
  const input = formToObject(form) as Record<string, string>;
  const result = await runAction(async () => {
    const { token, secret } = await createApiToken({
      ctx: await getAdminCtx(),
      input: { name: input.name, scope: input.scope, expiresInDays: input.expiresInDays || undefined } as CreateApiTokenInput,
    });
    return { name: token.name, secret, scope: token.scopes.includes("write") ? "write" : "read" };
  }, "Token created");
  if (result.ok) revalidatePath("/admin/tokens");
  return result;
});

export const revokeTokenAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  const result = await runAction(async () => revokeApiToken({ ctx: await getAdminCtx(), input: formToObject(form) as ApiTokenIdInput }), "Token revoked");
  if (result.ok) revalidatePath("/admin/tokens");
  return result;
});
