import type { ApiToken } from "@/server/generated/sqlite/client";

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  userId: string | null;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

/** Everything but the hash: what lists, audit rows and API answers may show. */
export function tokenView(row: Pick<ApiToken, keyof ApiTokenView | "scopes">): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.split(",").filter(Boolean),
    userId: row.userId,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
  };
}
