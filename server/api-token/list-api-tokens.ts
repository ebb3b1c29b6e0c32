import { authorize, type Ctx } from "@/server/context";
import { tokenView, type ApiTokenView } from "./token-view";

export type ApiTokenRow = ApiTokenView & { userName: string | null; state: "active" | "expired" | "revoked" };

/** Every token, newest first, never the secret or its hash. */
export async function listApiTokens({ ctx, now = new Date() }: { ctx: Ctx; now?: Date }): Promise<ApiTokenRow[]> {
  authorize(ctx, "token:write");
  const rows = await ctx.db.apiToken.findMany({ orderBy: { createdAt: "desc" }, include: { user: { select: { name: true } } } });
  return rows.map((row) => ({
    ...tokenView(row),
    userName: row.user?.name ?? null,
    state: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
  }));
}
