import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { findChatChannel } from "./rows";
import { ChatChannelIdInput } from "./schemas";
import { chatChannelView } from "./view";

/** Removes a channel with its delivery log; what was queued for it is dropped with it. */
export async function deleteChatChannel({ ctx, input }: { ctx: Ctx; input: ChatChannelIdInput }): Promise<void> {
  authorize(ctx, "subscriber:write");
  const { channelId } = parseInput(ChatChannelIdInput, input);
  await inTransaction(ctx, async (tx) => {
    const before = await findChatChannel(tx, channelId);
    await tx.chatChannel.delete({ where: { id: channelId } });
    await recordAudit(tx, ctx, { action: "chat.delete", entityType: "chat_channel", entityId: channelId, before: chatChannelView(before) });
  });
}
