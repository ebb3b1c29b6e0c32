import { apiRoute } from "@/server/management-api/handler";
import { createWebhook, listWebhooks } from "@/server/webhook";

export const GET = apiRoute(({ ctx }) => listWebhooks({ ctx }));
/** The answer carries the signing secret: the only time it is shown. */
export const POST = apiRoute(({ ctx, body }) => createWebhook({ ctx, input: body }), { status: 201 });
