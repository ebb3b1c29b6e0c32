import { apiRoute } from "@/server/management-api/handler";
import { savePostmortem, unpublishPostmortem } from "@/server/postmortem";

/** `{"body": "markdown"}`: creates or replaces the draft (or the published text). */
export const PUT = apiRoute(({ ctx, body, params }) => savePostmortem({ ctx, input: { ...body, incidentId: params.id } }));
/** Takes it off the public page; the text stays as a draft. */
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await unpublishPostmortem({ ctx, input: { incidentId: params.id } });
});
