import type { Tx } from "@/server/context";
import { env } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/server/errors";
import { privateTargetOf } from "./address-guard";
import { en } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n";

/** The endpoint, or NotFoundError: the verbs on one endpoint all start here. */
export async function findWebhook(tx: Tx, endpointId: string) {
  const row = await tx.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!row) throw NotFoundError.withMessage("This webhook endpoint does not exist");
  return row;
}

/**
 * Refuses, when it is saved, a URL the worker would refuse at every send (a private or local
 * target), unless the operator allows private receivers. `allowPrivate` is for tests.
 */
export async function assertReachableTarget(url: string, allowPrivate = env.WEBHOOK_ALLOW_PRIVATE ?? false): Promise<void> {
  if (allowPrivate) return;
  const target = await privateTargetOf(url);
  if (target) throw ValidationError.field("url", fill(en.answers.privateTarget, { target }));
}
