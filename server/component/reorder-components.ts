import { authorize, inTransaction, type Ctx } from "@/server/context";
import { NotFoundError, parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import { mergeOrder } from "@/lib/domain/page-order";
import { scopeItems, writeOrder } from "./positions";
import { ReorderComponentsInput } from "./schemas";

/**
 * Orders one group's components, or (groupId null) the top level, where groups and ungrouped
 * components share one sequence. `ids` is the full new order; see mergeOrder for stale lists.
 */
export async function reorderComponents({ ctx, input }: { ctx: Ctx; input: ReorderComponentsInput }) {
  authorize(ctx, "component:write");
  const { groupId, ids } = parseInput(ReorderComponentsInput, input);
  const order = await inTransaction(ctx, async (tx) => {
    // First: the revision row's lock makes concurrent renumberings of the page take turns (it moves once per transaction).
    await bumpPublicRevision(tx);
    if (groupId && !(await tx.componentGroup.findUnique({ where: { id: groupId }, select: { id: true } }))) {
      throw NotFoundError.of("Group");
    }
    const items = await scopeItems(tx, groupId);
    const current = items.map((item) => item.id);
    const { order, unknown } = mergeOrder(current, ids);
    if (unknown.length) {
      const where = groupId ? "this group" : "the top level of the page";
      throw ValidationError.field("ids", `${unknown.length} of the listed items are not in ${where}; reload and try again`);
    }
    await writeOrder(tx, items, order);
    await finishChange(tx, ctx, {
      audit: {
        action: "component.reorder",
        entityType: groupId ? "component_group" : "page",
        entityId: groupId ?? "top_level",
        before: current,
        after: order,
      },
    });
    return order;
  });
  await afterPublicChange(ctx);
  return { groupId, order };
}
