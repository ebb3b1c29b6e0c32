import type { Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { EXPIRED_CONFIRM_LINK, UNKNOWN_CONFIRM_LINK } from "./confirm-subscription";
import { findByConfirmToken } from "./find-by-token";
import { FOLLOW_ENDED } from "./follow";
import { ConfirmTokenInput } from "./schemas";

export type ConfirmationView = { ok: true; email: string } | { ok: false; message: string };

/** What the confirm page shows before the button is pressed. Reads only: a GET never confirms. */
export async function getConfirmation({ ctx, input }: { ctx: Ctx; input: ConfirmTokenInput }): Promise<ConfirmationView> {
  const { token } = parseInput(ConfirmTokenInput, input);
  const subscriber = await findByConfirmToken(ctx.db, token, { email: true, status: true, confirmExpiresAt: true });
  if (subscriber?.status === "ended") return { ok: false, message: FOLLOW_ENDED };
  if (!subscriber || subscriber.status !== "pending") return { ok: false, message: UNKNOWN_CONFIRM_LINK };
  if (!subscriber.confirmExpiresAt || subscriber.confirmExpiresAt <= new Date()) return { ok: false, message: EXPIRED_CONFIRM_LINK };
  return { ok: true, email: subscriber.email };
}
