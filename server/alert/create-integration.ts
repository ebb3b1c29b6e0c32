import { newTokenSecret } from "@/server/api-token/secret";
import { recordAudit } from "@/server/audit/record-audit";
import { actorLabel, authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { CreateAlertIntegrationInput } from "./schemas";
import { integrationView, type AlertIntegrationView } from "./view";

/** An alert source with its own token: the secret is in this answer only, the database keeps its hash. */
export async function createAlertIntegration({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CreateAlertIntegrationInput;
}): Promise<{ integration: AlertIntegrationView; secret: string }> {
  authorize(ctx, "settings:write");
  const data = parseInput(CreateAlertIntegrationInput, input);
  const { secret, hash, prefix } = newTokenSecret();
  const integration = await inTransaction(ctx, async (tx) => {
    const row = await tx.alertIntegration.create({ data: { ...data, tokenHash: hash, prefix, createdBy: actorLabel(ctx.actor) } });
    const view = integrationView(row);
    await recordAudit(tx, ctx, { action: "alert_integration.create", entityType: "alert_integration", entityId: row.id, after: view });
    return view;
  });
  return { integration, secret };
}
