"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { changePassword } from "@/server/auth/change-password";
import { getAdminCtx } from "@/server/auth/session";

// The verb validates the form with zod.
export const changePasswordAction = formAction(
  async (_previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const ctx = await getAdminCtx();
    const input = formToObject(form);
    const result = await runAction(async () => changePassword({ ctx, input, headers: await headers() }));
    if (!result.ok) return result;
    // The session cookie was just renewed, which refreshes the page: say so through the URL, not client state.
    redirect("/admin/account?password=changed");
  },
);
