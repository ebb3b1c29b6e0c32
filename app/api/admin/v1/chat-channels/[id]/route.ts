import { deleteChatChannel } from "@/server/chat";
import { apiRoute } from "@/server/management-api/handler";

/** Removes the channel, its delivery log and what is queued for it. */
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await deleteChatChannel({ ctx, input: { channelId: params.id } });
});
