import { authorize, type Ctx } from "@/server/context";
import { integrationView, ruleView, type AlertIntegrationView, type AlertRuleView } from "./view";

export type AlertIntegrationDetail = AlertIntegrationView & {
  rules: AlertRuleView[];
  unmatched: Array<{ fingerprint: string; title: string; labels: Record<string, string>; count: number; lastSeenAt: Date }>;
  /** Alerts received and not yet handled by the worker. */
  waiting: number;
};

/** Every integration with its rules (in order) and its 50 most recent unmatched alert series. */
export async function listAlertIntegrations({ ctx }: { ctx: Ctx }): Promise<AlertIntegrationDetail[]> {
  authorize(ctx, "admin:read");
  const rows = await ctx.db.alertIntegration.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      rules: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      unmatched: { orderBy: { lastSeenAt: "desc" }, take: 50 },
      _count: { select: { events: { where: { processedAt: null } } } },
    },
  });
  return rows.map((row) => ({
    ...integrationView(row),
    rules: row.rules.map(ruleView),
    unmatched: row.unmatched.map((u) => ({ ...u, labels: JSON.parse(u.labels) as Record<string, string> })),
    waiting: row._count.events,
  }));
}
