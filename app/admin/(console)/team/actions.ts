"use server";

import { revalidatePath } from "next/cache";
import type { InviteResult } from "@/components/admin/team/invite-form";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import {
  changeRole,
  disableUser,
  enableUser,
  inviteUser,
  revokeInvite,
  type ChangeRoleInput,
  type InviteUserInput,
  type RevokeInviteInput,
  type UserIdInput,
} from "@/server/team";

// Thin adapters: the request's context, one verb (which authorizes and validates), the result for the form.
// The casts only name the shape each verb expects; its zod schema judges the values.
type State<T = unknown> = ActionResult<T> | null;

async function run<T>(work: () => Promise<T>, message: string): Promise<ActionResult<T>> {
  const result = await runAction(work, message);
  if (result.ok) revalidatePath("/admin/team");
  return result;
}

export const inviteAction = formAction(async (_previous: State<InviteResult>, form: FormData): Promise<ActionResult<InviteResult>> => {
  const ctx = await getAdminCtx();
  return run(async () => {
    const { invitation, link, emailed } = await inviteUser({ ctx, input: formToObject(form) as InviteUserInput });
    return { link, emailed, email: invitation.email, role: invitation.role as InviteResult["role"], expiresAt: invitation.expiresAt.toISOString() };
  }, "Invitation created");
});

export const changeRoleAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  return run(() => changeRole({ ctx, input: formToObject(form) as ChangeRoleInput }), "Saved");
});

export const disableUserAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  return run(() => disableUser({ ctx, input: formToObject(form) as UserIdInput }), "Disabled");
});

export const enableUserAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  return run(() => enableUser({ ctx, input: formToObject(form) as UserIdInput }), "Enabled");
});

export const revokeInviteAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  const ctx = await getAdminCtx();
  return run(() => revokeInvite({ ctx, input: formToObject(form) as RevokeInviteInput }), "Invitation revoked");
});
