/** An integration as the console and the audit log show it: never its token hash. */
export type AlertIntegrationView = {
  id: string;
  name: string;
  source: string;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export const integrationView = (row: AlertIntegrationView & { tokenHash?: string }): AlertIntegrationView => ({
  id: row.id,
  name: row.name,
  source: row.source,
  prefix: row.prefix,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
});

type RuleRow = {
  id: string;
  integrationId: string;
  position: number;
  matchers: string;
  componentIds: string;
  status: string;
  publish: boolean;
  resolveIncident: boolean;
  holdSeconds: number;
  announceEveryMinutes: number;
  createdAt: Date;
};

/** A rule with its component ids as a list (stored as JSON text). */
export const ruleView = ({ componentIds, ...rule }: RuleRow) => ({ ...rule, componentIds: JSON.parse(componentIds) as string[] });
export type AlertRuleView = ReturnType<typeof ruleView>;
