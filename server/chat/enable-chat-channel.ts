import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { findChatChannel } from "./rows";
import { ChatChannelIdInput } from "./schemas";
import { chatChannelView, type ChatChannelView } from "./view";

/**
 * Switches a disabled channel (the provider said it was gone, or an admin stopped it) back on.
 * Only announcements made from now on reach it; a pending visitor channel must be confirmed instead.
 */
export async function enableChatChannel({ ctx, input }: { ctx: Ctx; input: ChatChannelIdInput }): Promise<ChatChannelView> {
  authorize(ctx, "subscriber:write");
  const { channelId } = parseInput(ChatChannelIdInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await findChatChannel(tx, channelId);
    if (before.status === "pending")
      throw ValidationError.field("channelId", "This channel waits for its confirmation from inside the channel");
    const row = await tx.chatChannel.update({ where: { id: channelId }, data: { status: "active", disabledReason: null } });
    const view = chatChannelView(row);
    await recordAudit(tx, ctx, {
      action: "chat.enable",
      entityType: "chat_channel",
      entityId: channelId,
      before: chatChannelView(before),
      after: view,
    });
    return view;
  });
}
