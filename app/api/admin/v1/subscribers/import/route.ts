import { textChunks } from "@/lib/text-chunks";
import { ValidationError } from "@/server/errors";
import { apiRoute } from "@/server/management-api/handler";
import { importSubscribers } from "@/server/subscriber";

/** Bulk import: the body is the CSV itself (`Content-Type: text/csv`), read as a stream, as in the console. */
export const POST = apiRoute(
  ({ ctx, request }) => {
    if (!request.body) throw ValidationError.field("csv", "Send the CSV as the request body");
    return importSubscribers({ ctx, input: { csv: textChunks(request.body) } });
  },
  { rawBody: true },
);
