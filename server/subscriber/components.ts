import type { Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";
import { en } from "@/lib/i18n/en";

/** Subscribers may choose only components that exist and are shown on the page. */
export async function assertChoosable(tx: Tx, componentIds: string[]): Promise<void> {
  if (componentIds.length === 0) return;
  const found = await tx.component.findMany({ where: { id: { in: componentIds }, showcase: true }, select: { id: true } });
  if (found.length !== componentIds.length) {
    throw ValidationError.field("componentIds", en.answers.componentGone);
  }
}

/** Replaces a subscriber's component choice (empty = all components). */
export async function replaceComponents(tx: Tx, subscriberId: string, componentIds: string[]): Promise<void> {
  await tx.subscriberComponent.deleteMany({ where: { subscriberId } });
  if (componentIds.length)
    await tx.subscriberComponent.createMany({ data: componentIds.map((componentId) => ({ subscriberId, componentId })) });
}
