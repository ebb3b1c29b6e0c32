import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { CreateApiTokenInput } from "./schemas";
import { newTokenSecret } from "./secret";
import { tokenView, type ApiTokenView } from "./token-view";

const DAY = 86_400_000;

/**
 * A management API token. The secret is returned here once and never again (only its hash is
 * stored). It acts with its creator's role (write) or read-only (read), and dies with their account.
 */
export async function createApiToken({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: Ctx;
  input: CreateApiTokenInput;
  now?: Date;
}): Promise<{ token: ApiTokenView; secret: string }> {
  authorize(ctx, "token:write");
  const data = parseInput(CreateApiTokenInput, input);
  const { secret, hash, prefix } = newTokenSecret();
  const token = await inTransaction(ctx, async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        name: data.name,
        scopes: data.scope === "write" ? "read,write" : "read",
        tokenHash: hash,
        prefix,
        userId: ctx.actor.type === "user" ? ctx.actor.id : null,
        expiresAt: data.expiresInDays ? new Date(now.getTime() + data.expiresInDays * DAY) : null,
      },
    });
    const view = tokenView(row);
    await recordAudit(tx, ctx, { action: "api_token.create", entityType: "api_token", entityId: row.id, after: view });
    return view;
  });
  return { token, secret };
}
