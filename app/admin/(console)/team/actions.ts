"use server";

import type { InviteResult } from "@/components/admin/team/invite-form";
import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { changeRole, disableUser, enableUser, inviteUser, revokeInvite } from "@/server/team";
import { consoleAction } from "../console-action";

// Thin adapters: the request's context, one verb (which authorizes and validates), the result for the form.
// Form values go in unchecked: each verb's zod schema judges them.
type State<T = unknown> = ActionResult<T> | null;
const { run } = consoleAction("/admin/team");

export const inviteAction = formAction(async (_previous: State<InviteResult>, form: FormData): Promise<ActionResult<InviteResult>> => {
  return run(async (ctx) => {
    const { invitation, link, emailed } = await inviteUser({ ctx, input: formToObject(form) });
    return {
      link,
      emailed,
      email: invitation.email,
      role: invitation.role as InviteResult["role"],
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }, "Invitation created");
});

export const changeRoleAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => changeRole({ ctx, input: formToObject(form) }), "Saved");
});

export const disableUserAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => disableUser({ ctx, input: formToObject(form) }), "Disabled");
});

export const enableUserAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => enableUser({ ctx, input: formToObject(form) }), "Enabled");
});

export const revokeInviteAction = formAction(async (_previous: State, form: FormData): Promise<ActionResult<unknown>> => {
  return run((ctx) => revokeInvite({ ctx, input: formToObject(form) }), "Invitation revoked");
});
