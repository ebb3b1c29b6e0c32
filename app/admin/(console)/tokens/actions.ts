"use server";

import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { createApiToken, revokeApiToken } from "@/server/api-token";
import { consoleAction } from "../console-action";

import type { CreatedToken } from "@/components/admin/tokens/token-form";
export type { CreatedToken };

// Thin adapters; the verbs authorize and validate what the forms send.
const { run } = consoleAction("/admin/tokens");

export const createTokenAction = formAction(
  async (_: ActionResult<CreatedToken> | null, form: FormData): Promise<ActionResult<CreatedToken>> => {
    return run(async (ctx) => {
      const { token, secret } = await createApiToken({ ctx, input: formToObject(form) });
      return { name: token.name, secret, scope: token.scopes.includes("write") ? "write" : "read" };
    }, "Token created");
  },
);

export const revokeTokenAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => revokeApiToken({ ctx, input: formToObject(form) }), "Token revoked");
});
