import { env } from "@/lib/env";
import type { Tx } from "@/server/context";
import type { Db } from "@/server/db";
import { hashLinkToken, newLinkToken } from "./tokens";
import { countActiveOwners } from "./users";

export const OWNER_SETUP_IDENTIFIER = "owner-setup";
const SETUP_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * While no owner exists: a fresh one-time setup token (valid 24 h), replacing any earlier one.
 * Only its sha-256 is stored. Returns null once an owner exists.
 */
export async function issueOwnerSetupToken(db: Db, now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    if ((await countActiveOwners(tx)) > 0) return null;
    await tx.verification.deleteMany({ where: { identifier: OWNER_SETUP_IDENTIFIER } });
    const token = newLinkToken();
    await tx.verification.create({
      data: { identifier: OWNER_SETUP_IDENTIFIER, value: hashLinkToken(token), expiresAt: new Date(now.getTime() + SETUP_TTL_MS) },
    });
    return token;
  });
}

export const ownerSetupUrl = (token: string) => `${env.baseUrl}/admin/setup?token=${encodeURIComponent(token)}`;

export type OwnerSetupState = "valid" | "invalid" | "expired" | "done";

/** What the setup page shows for this token, before anything is submitted. */
export async function checkOwnerSetupToken(db: Db | Tx, token: string | undefined, now = new Date()): Promise<OwnerSetupState> {
  if ((await countActiveOwners(db)) > 0) return "done";
  if (!token) return "invalid";
  const row = await findSetupRow(db, token);
  if (!row) return "invalid";
  return row.expiresAt <= now ? "expired" : "valid";
}

function findSetupRow(db: Db | Tx, token: string) {
  return db.verification.findFirst({ where: { identifier: OWNER_SETUP_IDENTIFIER, value: hashLinkToken(token) } });
}

/** Whether someone can already sign in as owner (the login page points to the setup link until then). */
export async function hasActiveOwner(db: Db): Promise<boolean> {
  return (await countActiveOwners(db)) > 0;
}
