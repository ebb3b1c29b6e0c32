import { nextPosition } from "@/server/component/positions";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { CreateGroupInput } from "./schemas";

/** Adds a group at the end of the page's top level. */
export async function createGroup({ ctx, input }: { ctx: Ctx; input: CreateGroupInput }) {
  authorize(ctx, "component:write");
  const data = parseInput(CreateGroupInput, input);
  const group = await inTransaction(ctx, async (tx) => {
    const created = await tx.componentGroup.create({ data: { ...data, position: await nextPosition(tx, null) } });
    await finishChange(tx, ctx, { audit: { action: "group.create", entityType: "component_group", entityId: created.id, after: created } });
    return created;
  });
  await afterPublicChange(ctx);
  return group;
}
