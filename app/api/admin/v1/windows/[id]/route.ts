import { apiRoute } from "@/server/management-api/handler";
import { deleteWindow, updateWindow } from "@/server/window";

export const PATCH = apiRoute(({ ctx, body, params }) => updateWindow({ ctx, input: { ...body, windowId: params.id } }));
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await deleteWindow({ ctx, input: { windowId: params.id } });
});
