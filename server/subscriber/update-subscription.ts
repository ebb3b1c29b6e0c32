import { inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput, ValidationError } from "@/server/errors";
import { assertChoosable, replaceComponents } from "./components";
import { findByManageToken } from "./find-by-token";
import { UpdateSubscriptionInput } from "./schemas";
import { en } from "@/lib/i18n/en";

/** The manage page: replaces the component choice (empty = all). Status stays as it is. */
export async function updateSubscription({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: UpdateSubscriptionInput;
}): Promise<{ componentIds: string[] }> {
  const { manageToken, componentIds } = parseInput(UpdateSubscriptionInput, input);
  return inTransaction(ctx, async (tx) => {
    const subscriber = await findByManageToken(tx, manageToken, { id: true, incidentId: true });
    if (!subscriber) throw NotFoundError.of("Subscription");
    if (subscriber.incidentId) {
      throw ValidationError.field("componentIds", en.answers.noComponentsToChoose);
    }
    await assertChoosable(tx, componentIds);
    await replaceComponents(tx, subscriber.id, componentIds);
    await tx.subscriber.update({ where: { id: subscriber.id }, data: { updatedAt: new Date() } });
    return { componentIds };
  });
}
