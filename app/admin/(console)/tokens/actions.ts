"use server";

import { revalidatePath } from "next/cache";
import { formToObject } from "@/lib/form-data";
import { runAction, type ActionResult } from "@/server/action-result";
import { createApiToken, revokeApiToken } from "@/server/api-token";
import { getAdminCtx } from "@/server/auth/session";

import type { CreatedToken } from "@/components/admin/tokens/token-form";
export type { CreatedToken };

// Thin adapters; the verbs authorize and validate what the forms send.
export async function createTokenAction(_: ActionResult<CreatedToken> | null, form: FormData): Promise<ActionResult<CreatedToken>> {
  const result = await runAction(async () => {
    const { token, secret } = await createApiToken({ ctx: await getAdminCtx(), input: formToObject(form) });
    return { name: token.name, secret, scope: token.scopes.includes("write") ? "write" : "read" };
  }, "Token created");
  if (result.ok) revalidatePath("/admin/tokens");
  return result;
}

export async function revokeTokenAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const result = await runAction(async () => revokeApiToken({ ctx: await getAdminCtx(), input: formToObject(form) }), "Token revoked");
  if (result.ok) revalidatePath("/admin/tokens");
  return result;
}
