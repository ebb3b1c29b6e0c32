import { textChunks } from "@/lib/text-chunks";
import { ValidationError } from "@/server/errors";
import { apiRoute } from "@/server/management-api/handler";
import { importSubscribers } from "@/server/subscriber";

/**
 * Bulk import: the body is the CSV itself (`Content-Type: text/csv`). 202: the worker runs it;
 * follow it at GET /subscribers/imports/{id}.
 */
export const POST = apiRoute(
  ({ ctx, request }) => {
    if (!request.body) throw ValidationError.field("csv", "Send the CSV as the request body");
    return importSubscribers({ ctx, input: { csv: textChunks(request.body) } });
  },
  { rawBody: true, status: 202 },
);
