import { createComponent, listComponents, type CreateComponentInput } from "@/server/component";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx }) => listComponents({ ctx }));
export const POST = apiRoute(({ ctx, body }) => createComponent({ ctx, input: body as CreateComponentInput }), { status: 201 });
