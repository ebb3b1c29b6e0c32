import { z } from "zod";
import { COMPONENT_STATUSES } from "@/lib/domain/statuses";
import { RecordId } from "@/lib/domain/schema-fields";
import type { VerbInput } from "@/server/verb-input";

export const ALERT_SOURCES = ["alertmanager", "grafana", "generic"] as const;
export const AlertSourceName = z.enum(ALERT_SOURCES, { error: "Choose alertmanager, grafana or generic" });

export const CreateAlertIntegrationInput = z.object({
  name: z.string({ error: "Name the integration" }).trim().min(1, "Name the integration").max(100, "At most 100 characters"),
  source: AlertSourceName,
});
export type CreateAlertIntegrationInput = VerbInput<typeof CreateAlertIntegrationInput>;

export const AlertIntegrationIdInput = z.object({ integrationId: RecordId("Integration") });
export type AlertIntegrationIdInput = VerbInput<typeof AlertIntegrationIdInput>;

/** While an alert fires its components are at least degraded: "operational" would say nothing. */
const FiringStatus = z.enum(COMPONENT_STATUSES.filter((s) => s !== "operational") as [string, ...string[]], {
  error: "Choose the status the components take while the alert fires",
});

export const AddAlertRuleInput = z.object({
  integrationId: RecordId("Integration"),
  /** Prometheus-style label matchers: service="api", severity=~"critical|page". */
  matchers: z.string({ error: 'Write label matchers, e.g. service="api"' }).trim().max(2_000, "At most 2,000 characters"),
  componentIds: z.array(RecordId("Component")).min(1, "Choose at least one component").max(50),
  status: FiringStatus,
  publish: z.boolean().default(false),
  resolveIncident: z.boolean().default(true),
  holdSeconds: z.coerce.number().int("Whole seconds").min(0).max(86_400, "At most a day").default(120),
  announceEveryMinutes: z.coerce.number().int("Whole minutes").min(1, "At least 1 minute").max(1_440, "At most a day").default(15),
});
export type AddAlertRuleInput = VerbInput<typeof AddAlertRuleInput>;

export const AlertRuleIdInput = z.object({ ruleId: RecordId("Rule") });
export type AlertRuleIdInput = VerbInput<typeof AlertRuleIdInput>;
