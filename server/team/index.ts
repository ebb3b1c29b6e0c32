export { acceptInvite, findInvitation, type InvitationLookup } from "./accept-invite";
export { changeRole } from "./change-role";
export { disableUser } from "./disable-user";
export { enableUser } from "./enable-user";
export { invitationUrl, inviteUser } from "./invite-user";
export { listTeam } from "./list-team";
export { revokeInvite } from "./revoke-invite";
export * from "./schemas";
