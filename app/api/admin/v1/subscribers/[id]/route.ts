import { apiRoute } from "@/server/management-api/handler";
import { removeSubscriber } from "@/server/subscriber";

export const DELETE = apiRoute(async ({ ctx, params }) => {
  await removeSubscriber({ ctx, input: { subscriberId: params.id } });
});
