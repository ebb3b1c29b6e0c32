"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import { signInAfterCreate } from "@/server/auth/sign-in";
import { acceptInvite } from "@/server/team";

// The verb validates the form with zod.

/** Accepting an invitation: create the account with the invited role, sign in, open the dashboard. */
export const acceptInviteAction = formAction(
  async (_previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const ctx = await getAdminCtx();
    const result = await runAction(() => acceptInvite({ ctx, input: formToObject(form) }));
    if (!result.ok) return result;
    const signedIn = await signInAfterCreate(result.data.email, String(form.get("password")), await headers()).then(
      () => true,
      () => false,
    );
    redirect(signedIn ? "/admin" : "/admin/login");
  },
);
