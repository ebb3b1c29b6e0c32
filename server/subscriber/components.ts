import type { Tx } from "@/server/context";
import { ValidationError } from "@/server/errors";

/** Subscribers may choose only components that exist and are shown on the page. */
export async function assertChoosable(tx: Tx, componentIds: string[]): Promise<void> {
  if (componentIds.length === 0) return;
  const found = await tx.component.findMany({ where: { id: { in: componentIds }, showcase: true }, select: { id: true } });
  if (found.length !== componentIds.length) {
    throw ValidationError.field("componentIds", "One of the chosen components does not exist any more; reload the page and choose again");
  }
}

/** Replaces a subscriber's component choice (empty = all components). */
export async function replaceComponents(tx: Tx, subscriberId: string, componentIds: string[]): Promise<void> {
  await tx.subscriberComponent.deleteMany({ where: { subscriberId } });
  if (componentIds.length)
    await tx.subscriberComponent.createMany({ data: componentIds.map((componentId) => ({ subscriberId, componentId })) });
}
