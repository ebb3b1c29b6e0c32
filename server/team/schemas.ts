import { z } from "zod";
import type { VerbInput } from "@/server/verb-input";
import { Role } from "@/server/auth/permissions";
import { Email, NewAccountInput } from "@/server/auth/schemas";

const RoleField = z.enum(Role.options, { error: "Choose a role: owner, admin, editor or viewer" });
const Id = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(64);

export const InviteUserInput = z.object({ email: Email, role: RoleField });
export type InviteUserInput = VerbInput<typeof InviteUserInput>;

export const AcceptInviteInput = NewAccountInput;
export type AcceptInviteInput = VerbInput<typeof AcceptInviteInput>;

export const ChangeRoleInput = z.object({ userId: Id("User"), role: RoleField });
export type ChangeRoleInput = VerbInput<typeof ChangeRoleInput>;

export const UserIdInput = z.object({ userId: Id("User") });
export type UserIdInput = VerbInput<typeof UserIdInput>;

export const RevokeInviteInput = z.object({ invitationId: Id("Invitation") });
export type RevokeInviteInput = VerbInput<typeof RevokeInviteInput>;
