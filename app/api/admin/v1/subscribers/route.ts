import { apiRoute } from "@/server/management-api/handler";
import { addSubscriber, listSubscribers } from "@/server/subscriber";

export const GET = apiRoute(({ ctx, url }) => listSubscribers({ ctx, input: Object.fromEntries(url.searchParams) }));
/** Adds an active (pre-confirmed) subscriber: `{"email", "componentIds"?: []}`. */
export const POST = apiRoute(({ ctx, body }) => addSubscriber({ ctx, input: body }), { status: 201 });
