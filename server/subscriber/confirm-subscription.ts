import { inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { InvalidLinkError } from "./errors";
import { findByConfirmToken } from "./find-by-token";
import { FOLLOW_ENDED } from "./follow";
import { ConfirmTokenInput } from "./schemas";
import { manageTokenFor } from "./tokens";
import { en } from "@/lib/i18n/en";

// English, from the catalog: the confirm page shows them in its language (lib/i18n/answers.ts).
export const UNKNOWN_CONFIRM_LINK = en.answers.confirmUnknown;
export const EXPIRED_CONFIRM_LINK = en.answers.confirmExpired;

/**
 * The confirm page's button (POST only: mail scanners follow GET links). A pending subscription
 * with this unexpired token becomes active and the token is spent; anything else changes nothing.
 */
export async function confirmSubscription({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ConfirmTokenInput;
}): Promise<{ email: string; manageToken: string }> {
  const { token } = parseInput(ConfirmTokenInput, input);
  return inTransaction(ctx, async (tx) => {
    const subscriber = await findByConfirmToken(tx, token, { email: true, status: true, confirmExpiresAt: true, manageSalt: true });
    if (subscriber?.status === "ended") throw new InvalidLinkError(FOLLOW_ENDED);
    if (!subscriber || subscriber.status !== "pending") throw new InvalidLinkError(UNKNOWN_CONFIRM_LINK);
    const now = new Date();
    if (!subscriber.confirmExpiresAt || subscriber.confirmExpiresAt <= now) throw new InvalidLinkError(EXPIRED_CONFIRM_LINK);
    // Conditional on the nonce still being there: of two clicks at once, one wins.
    const spent = await tx.subscriber.updateMany({
      where: { id: subscriber.id, confirmNonce: subscriber.confirmNonce, status: "pending" },
      data: { status: "active", confirmedAt: now, activatedAt: now, confirmNonce: null, confirmExpiresAt: null, unsubscribedAt: null },
    });
    if (spent.count !== 1) throw new InvalidLinkError(UNKNOWN_CONFIRM_LINK);
    return { email: subscriber.email, manageToken: manageTokenFor(subscriber) };
  });
}
