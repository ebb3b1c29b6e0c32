import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { nextPosition } from "./positions";
import { UpdateComponentInput } from "./schemas";

/** Edits a component; keys left out keep their value. Moving to another group puts it at that group's end. */
export async function updateComponent({ ctx, input }: { ctx: Ctx; input: UpdateComponentInput }) {
  authorize(ctx, "component:write");
  const { componentId, ...changes } = parseInput(UpdateComponentInput, input);
  const updated = await inTransaction(ctx, async (tx) => {
    const before = await tx.component.findUnique({ where: { id: componentId } });
    if (!before) throw NotFoundError.of("Component");
    const data: typeof changes & { position?: number } = { ...changes };
    if (changes.groupId !== undefined && changes.groupId !== before.groupId) {
      if (changes.groupId && !(await tx.componentGroup.findUnique({ where: { id: changes.groupId }, select: { id: true } }))) {
        throw ValidationError.field("groupId", "This group does not exist");
      }
      data.position = await nextPosition(tx, changes.groupId);
    }
    const after = await tx.component.update({ where: { id: componentId }, data });
    await finishChange(tx, ctx, { audit: { action: "component.update", entityType: "component", entityId: componentId, before, after } });
    return after;
  });
  await afterPublicChange(ctx);
  return updated;
}
