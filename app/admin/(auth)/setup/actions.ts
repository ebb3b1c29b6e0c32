"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { setupOwner } from "@/server/auth/owner-setup";
import { getAdminCtx } from "@/server/auth/session";
import { signInAfterCreate } from "@/server/auth/sign-in";

// The verb validates the form with zod.

/** First-run owner setup: create the owner from the one-time link, sign them in, open the dashboard. */
export const setupOwnerAction = formAction(
  async (_previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const ctx = await getAdminCtx();
    const result = await runAction(() => setupOwner({ ctx, input: formToObject(form) }));
    if (!result.ok) return result;
    const signedIn = await signInAfterCreate(result.data.email, String(form.get("password")), await headers()).then(
      () => true,
      () => false,
    );
    redirect(signedIn ? "/admin" : "/admin/login");
  },
);
