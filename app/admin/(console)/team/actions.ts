"use server";

import { revalidatePath } from "next/cache";
import type { InviteResult } from "@/components/admin/team/invite-form";
import { formToObject } from "@/lib/form-data";
import { runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import {
  changeRole,
  disableUser,
  enableUser,
  inviteUser,
  revokeInvite,
} from "@/server/team";

// Thin adapters: the request's context, one verb (which authorizes and validates), the result for the form.
// Form values go in unchecked: each verb's zod schema judges them.
type State<T = unknown> = ActionResult<T> | null;

async function run<T>(work: () => Promise<T>, message: string): Promise<ActionResult<T>> {
  const result = await runAction(work, message);
  if (result.ok) revalidatePath("/admin/team");
  return result;
}

export async function inviteAction(_previous: State<InviteResult>, form: FormData): Promise<ActionResult<InviteResult>> {
  const ctx = await getAdminCtx();
  return run(async () => {
    const { invitation, link, emailed } = await inviteUser({ ctx, input: formToObject(form) });
    return { link, emailed, email: invitation.email, role: invitation.role as InviteResult["role"], expiresAt: invitation.expiresAt.toISOString() };
  }, "Invitation created");
}

export async function changeRoleAction(_previous: State, form: FormData): Promise<ActionResult<unknown>> {
  const ctx = await getAdminCtx();
  return run(() => changeRole({ ctx, input: formToObject(form) }), "Saved");
}

export async function disableUserAction(_previous: State, form: FormData): Promise<ActionResult<unknown>> {
  const ctx = await getAdminCtx();
  return run(() => disableUser({ ctx, input: formToObject(form) }), "Disabled");
}

export async function enableUserAction(_previous: State, form: FormData): Promise<ActionResult<unknown>> {
  const ctx = await getAdminCtx();
  return run(() => enableUser({ ctx, input: formToObject(form) }), "Enabled");
}

export async function revokeInviteAction(_previous: State, form: FormData): Promise<ActionResult<unknown>> {
  const ctx = await getAdminCtx();
  return run(() => revokeInvite({ ctx, input: formToObject(form) }), "Invitation revoked");
}
