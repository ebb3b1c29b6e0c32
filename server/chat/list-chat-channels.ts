import { authorize, type Ctx } from "@/server/context";
import { chatDeliveriesOf } from "./rows";
import { chatChannelView } from "./view";

/** Every channel with its 20 latest deliveries: the console's list and delivery log. Takes no input. */
export async function listChatChannels({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "subscriber:write");
  const rows = await ctx.db.chatChannel.findMany({ orderBy: { createdAt: "asc" }, include: { deliveries: chatDeliveriesOf(20) } });
  return rows.map(({ deliveries, ...row }) => ({
    ...chatChannelView(row),
    deliveries: deliveries.map(({ notification, ...d }) => ({
      ...d,
      event: notification.kind.replace(/^chat:/, ""),
      subject: notification.incident?.title ?? notification.maintenance?.title ?? null,
    })),
  }));
}
export type ChatChannelListRow = Awaited<ReturnType<typeof listChatChannels>>[number];
