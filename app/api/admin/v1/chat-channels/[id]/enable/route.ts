import { enableChatChannel } from "@/server/chat";
import { apiRoute } from "@/server/management-api/handler";

/** Switches a disabled channel on again. */
export const POST = apiRoute(({ ctx, params }) => enableChatChannel({ ctx, input: { channelId: params.id } }));
