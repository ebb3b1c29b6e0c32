import { inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { InvalidLinkError } from "@/server/subscriber/errors";
import { ChatTokenInput } from "./schemas";
import { chatManageToken, chatTokenSubject, sameToken } from "./tokens";
import { en } from "@/lib/i18n/en";

export const UNKNOWN_LEAVE_LINK = en.answers.chatLeaveUnknown;

/** The "stop these messages" link of a visitor's channel (POST only): the channel is removed. */
export async function leaveChat({ ctx, input }: { ctx: Ctx; input: ChatTokenInput }): Promise<void> {
  const { token } = parseInput(ChatTokenInput, input);
  const id = chatTokenSubject(token);
  await inTransaction(ctx, async (tx) => {
    const channel = id ? await tx.chatChannel.findUnique({ where: { id } }) : null;
    if (!channel || channel.source !== "visitor" || !sameToken(token, chatManageToken(channel)))
      throw new InvalidLinkError(UNKNOWN_LEAVE_LINK);
    await tx.chatChannel.delete({ where: { id: channel.id } });
  });
}
