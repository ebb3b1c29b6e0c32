import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { ConflictError, parseInput } from "@/server/errors";
import { auditShape } from "./audit-shape";
import { assertChoosable, replaceComponents } from "./components";
import { normalizeEmail } from "./email";
import { AddSubscriberInput } from "./schemas";
import { newLinkSalt } from "./tokens";

/**
 * Adds a subscriber as active (the admin vouches for the address: no confirmation email). A pending
 * sign-up is confirmed; an address that unsubscribed or is suppressed is refused, with why.
 */
export async function addSubscriber({ ctx, input }: { ctx: Ctx; input: AddSubscriberInput }) {
  authorize(ctx, "subscriber:write");
  const data = parseInput(AddSubscriberInput, input);
  const emailNormalized = normalizeEmail(data.email);
  return inTransaction(ctx, async (tx) => {
    await assertChoosable(tx, data.componentIds);
    const existing = await tx.subscriber.findUnique({ where: { emailNormalized } });
    if (existing?.status === "active") throw new ConflictError(`${existing.email} is already subscribed`);
    if (existing?.status === "unsubscribed") {
      throw new ConflictError(`${existing.email} unsubscribed; only they can subscribe again (from the public subscribe page)`);
    }
    if (existing && existing.status !== "pending") {
      throw new ConflictError(
        `${existing.email} is suppressed (${existing.status}); reactivate it from its page if the address works again`,
      );
    }
    const now = new Date();
    const active = { status: "active", confirmedAt: now, activatedAt: now, confirmNonce: null, confirmExpiresAt: null };
    const subscriber = existing
      ? await tx.subscriber.update({ where: { id: existing.id }, data: { email: data.email, ...active } })
      : await tx.subscriber.create({ data: { email: data.email, emailNormalized, source: "admin", manageSalt: newLinkSalt(), ...active } });
    await replaceComponents(tx, subscriber.id, data.componentIds);
    await recordAudit(tx, ctx, {
      action: "subscriber.add",
      entityType: "subscriber",
      entityId: subscriber.id,
      before: existing ? auditShape(existing) : undefined,
      after: auditShape(subscriber, data.componentIds),
    });
    return { id: subscriber.id, email: subscriber.email, status: subscriber.status };
  });
}
