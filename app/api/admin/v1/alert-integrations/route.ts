import { createAlertIntegration, listAlertIntegrations } from "@/server/alert";
import { apiRoute } from "@/server/management-api/handler";

/** Every alert integration with its rules and unmatched alerts. */
export const GET = apiRoute(({ ctx }) => listAlertIntegrations({ ctx }));

/** `{"name", "source": "alertmanager|grafana|generic"}`; the answer holds the token, shown only here. */
export const POST = apiRoute(({ ctx, body }) => createAlertIntegration({ ctx, input: body }), { status: 201 });
