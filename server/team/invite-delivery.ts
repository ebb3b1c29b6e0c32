import type { Tx } from "@/server/context";

export type InviteMessage = { email: string; role: string; link: string; invitedBy: string; expiresAt: Date };

/**
 * Seam for emailing invitations. Called inside the inviting transaction so a future implementation can
 * queue the mail in the outbox atomically; until then nothing is sent and the admin copies the link.
 * Returns whether the invitation will be emailed.
 */
export async function queueInvitationEmail(_tx: Tx, _message: InviteMessage): Promise<boolean> {
  return false;
}
