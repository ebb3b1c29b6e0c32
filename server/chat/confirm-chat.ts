import { inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { InvalidLinkError } from "@/server/subscriber/errors";
import { ChatTokenInput } from "./schemas";
import { chatConfirmToken, chatTokenSubject, sameToken } from "./tokens";
import { en } from "@/lib/i18n/en";

// English, from the catalog: the page shows them in its language (lib/i18n/answers.ts).
export const UNKNOWN_CHAT_LINK = en.answers.chatConfirmUnknown;
export const EXPIRED_CHAT_LINK = en.answers.chatConfirmExpired;

/** The confirm page's button (POST only: link unfurlers and scanners follow GET links). */
export async function confirmChat({ ctx, input }: { ctx: Ctx; input: ChatTokenInput }): Promise<{ kind: string }> {
  const { token } = parseInput(ChatTokenInput, input);
  const id = chatTokenSubject(token);
  return inTransaction(ctx, async (tx) => {
    const channel = id ? await tx.chatChannel.findUnique({ where: { id } }) : null;
    if (!channel || channel.status !== "pending" || !sameToken(token, chatConfirmToken(channel)))
      throw new InvalidLinkError(UNKNOWN_CHAT_LINK);
    if (!channel.confirmExpiresAt || channel.confirmExpiresAt <= new Date()) throw new InvalidLinkError(EXPIRED_CHAT_LINK);
    // Conditional on the nonce: of two clicks at once, one wins.
    const spent = await tx.chatChannel.updateMany({
      where: { id: channel.id, status: "pending", confirmNonce: channel.confirmNonce },
      data: { status: "active", confirmNonce: null, confirmExpiresAt: null },
    });
    if (spent.count !== 1) throw new InvalidLinkError(UNKNOWN_CHAT_LINK);
    return { kind: channel.kind };
  });
}
