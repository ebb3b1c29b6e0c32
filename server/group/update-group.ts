import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { UpdateGroupInput } from "./schemas";

/** Renames a group or changes its description or collapsed state; keys left out keep their value. */
export async function updateGroup({ ctx, input }: { ctx: Ctx; input: UpdateGroupInput }) {
  authorize(ctx, "component:write");
  const { groupId, ...data } = parseInput(UpdateGroupInput, input);
  const group = await inTransaction(ctx, async (tx) => {
    const before = await tx.componentGroup.findUnique({ where: { id: groupId } });
    if (!before) throw NotFoundError.of("Group");
    const after = await tx.componentGroup.update({ where: { id: groupId }, data });
    await finishChange(tx, ctx, { audit: { action: "group.update", entityType: "component_group", entityId: groupId, before, after } });
    return after;
  });
  await afterPublicChange(ctx);
  return group;
}
