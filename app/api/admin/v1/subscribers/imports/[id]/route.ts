import { apiRoute } from "@/server/management-api/handler";
import { getSubscriberImport } from "@/server/subscriber";

/** An import's progress, and its report once done. */
export const GET = apiRoute(({ ctx, params }) => getSubscriberImport({ ctx, input: { importId: params.id } }));
