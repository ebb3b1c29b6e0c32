import { deleteComponent, setComponentStatus, updateComponent } from "@/server/component";
import { apiRoute } from "@/server/management-api/handler";

/** `{"status": "partial_outage"}` sets the status (null hands it back to windows); other fields edit the component. */
export const PATCH = apiRoute(async ({ ctx, body, params }) => {
  const { status, ...fields } = body;
  let result: unknown;
  if (Object.keys(fields).length > 0) result = await updateComponent({ ctx, input: { ...fields, componentId: params.id } });
  if (status !== undefined) result = await setComponentStatus({ ctx, input: { componentId: params.id, status } });
  return result ?? null;
});

/** Refused (409) while incidents, windows or maintenance reference it: hide it instead. */
export const DELETE = apiRoute(async ({ ctx, params }) => {
  await deleteComponent({ ctx, input: { componentId: params.id } });
});
