import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { nextPosition } from "./positions";
import { CreateComponentInput } from "./schemas";
import { storeComponentSlugs } from "./slugs";

/** Adds a component at the end of its group (or of the page). */
export async function createComponent({ ctx, input }: { ctx: Ctx; input: CreateComponentInput }) {
  authorize(ctx, "component:write");
  const data = parseInput(CreateComponentInput, input);
  const component = await inTransaction(ctx, async (tx) => {
    if (data.groupId && !(await tx.componentGroup.findUnique({ where: { id: data.groupId }, select: { id: true } }))) {
      throw ValidationError.field("groupId", "This group does not exist");
    }
    const made = await tx.component.create({ data: { ...data, position: await nextPosition(tx, data.groupId ?? null) } });
    // Its page address, fixed now: renaming it later keeps the address.
    await storeComponentSlugs(tx);
    const created = await tx.component.findUniqueOrThrow({ where: { id: made.id } });
    await finishChange(tx, ctx, { audit: { action: "component.create", entityType: "component", entityId: created.id, after: created } });
    return created;
  });
  await afterPublicChange(ctx);
  return component;
}
