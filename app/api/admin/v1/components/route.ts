import { createComponent, listComponents } from "@/server/component";
import { apiRoute } from "@/server/management-api/handler";

export const GET = apiRoute(({ ctx }) => listComponents({ ctx }));
export const POST = apiRoute(({ ctx, body }) => createComponent({ ctx, input: body }), { status: 201 });
