import { byPageOrder } from "@/lib/domain/page-order";
import { scopeItems, writeOrder } from "@/server/component/positions";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { DeleteGroupInput } from "./schemas";

/** Deletes a group; its components move to the top level, in the group's place and order. */
export async function deleteGroup({ ctx, input }: { ctx: Ctx; input: DeleteGroupInput }) {
  authorize(ctx, "component:write");
  const { groupId } = parseInput(DeleteGroupInput, input);
  const moved = await inTransaction(ctx, async (tx) => {
    // First: the revision row's lock makes concurrent renumberings of the page take turns (it moves once per transaction).
    await bumpPublicRevision(tx);
    const group = await tx.componentGroup.findUnique({ where: { id: groupId } });
    if (!group) throw NotFoundError.of("Group");
    const members = byPageOrder(await tx.component.findMany({ where: { groupId }, select: { id: true, name: true, position: true } }));
    const topLevel = await scopeItems(tx, null);
    const order = topLevel.flatMap((item) => (item.id === groupId ? members.map((m) => m.id) : [item.id]));
    await tx.component.updateMany({ where: { groupId }, data: { groupId: null } });
    await tx.componentGroup.delete({ where: { id: groupId } });
    const items = [...topLevel.filter((item) => item.id !== groupId), ...members.map((m) => ({ ...m, kind: "component" as const }))];
    await writeOrder(tx, items, order);
    const memberIds = members.map((m) => m.id);
    await finishChange(tx, ctx, {
      audit: {
        action: "group.delete",
        entityType: "component_group",
        entityId: groupId,
        before: { ...group, componentIds: memberIds },
        after: { movedToTopLevel: memberIds },
      },
    });
    return memberIds;
  });
  await afterPublicChange(ctx);
  return { id: groupId, movedToTopLevel: moved };
}
