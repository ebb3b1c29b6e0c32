import { removeAlertRule } from "@/server/alert";
import { apiRoute } from "@/server/management-api/handler";

export const DELETE = apiRoute(({ ctx, params }) => removeAlertRule({ ctx, input: { ruleId: params.id } }));
