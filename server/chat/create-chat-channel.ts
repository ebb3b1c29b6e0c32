import { recordAudit } from "@/server/audit/record-audit";
import { assertComponentsExist } from "@/server/component/exists";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { newLinkSalt } from "@/server/subscriber/tokens";
import { assertReachableTarget } from "@/server/webhook/rows";
import { CreateChatChannelInput } from "./schemas";
import { chatChannelView, type ChatChannelView } from "./view";

/** An admin adds a channel: active at once (the admin vouches for it), audited without its URL. */
export async function createChatChannel({
  ctx,
  input,
  allowPrivate,
}: {
  ctx: Ctx;
  input: CreateChatChannelInput;
  allowPrivate?: boolean;
}): Promise<ChatChannelView> {
  authorize(ctx, "subscriber:write");
  const data = parseInput(CreateChatChannelInput, input);
  await assertReachableTarget(data.url, allowPrivate);
  return inTransaction(ctx, async (tx) => {
    await assertComponentsExist(
      tx,
      data.componentIds.map((componentId, i) => ({ componentId, field: `componentIds.${i}` })),
    );
    const row = await tx.chatChannel.create({
      data: {
        kind: data.kind,
        url: data.url,
        label: data.label,
        components: JSON.stringify(data.componentIds),
        status: "active",
        source: "admin",
        manageSalt: newLinkSalt(),
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
      },
    });
    const view = chatChannelView(row);
    await recordAudit(tx, ctx, { action: "chat.create", entityType: "chat_channel", entityId: row.id, after: view });
    return view;
  });
}
