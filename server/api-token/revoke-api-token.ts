import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { ApiTokenIdInput } from "./schemas";
import { tokenView, type ApiTokenView } from "./token-view";

/** Revokes at once: the next request with it gets 401. Revoking twice is harmless. */
export async function revokeApiToken({ ctx, input }: { ctx: Ctx; input: ApiTokenIdInput }): Promise<ApiTokenView> {
  authorize(ctx, "token:write");
  const { tokenId } = parseInput(ApiTokenIdInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!before) throw NotFoundError.withMessage("This token does not exist");
    if (before.revokedAt) return tokenView(before);
    const after = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, {
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: tokenId,
      before: tokenView(before),
      after: tokenView(after),
    });
    return tokenView(after);
  });
}
