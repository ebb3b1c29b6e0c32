import { createChatChannel, listChatChannels } from "@/server/chat";
import { apiRoute } from "@/server/management-api/handler";

/** Every chat channel with its delivery log. */
export const GET = apiRoute(({ ctx }) => listChatChannels({ ctx }));

/** `{"kind": "slack|teams|discord|generic", "url", "label"?, "componentIds"?}`: active at once. */
export const POST = apiRoute(({ ctx, body }) => createChatChannel({ ctx, input: body }), { status: 201 });
