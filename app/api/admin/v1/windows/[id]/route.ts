import { apiRoute } from "@/server/management-api/handler";
import { deleteWindow, updateWindow, type UpdateWindowInput } from "@/server/window";

export const PATCH = apiRoute(({ ctx, body, params }) => updateWindow({ ctx, input: { ...body, windowId: params.id } as UpdateWindowInput }));
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await deleteWindow({ ctx, input: { windowId: params.id! } });
});
