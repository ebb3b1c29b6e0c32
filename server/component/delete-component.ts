import { authorize, inTransaction, type Ctx, type Tx } from "@/server/context";
import { ConflictError, NotFoundError, parseInput } from "@/server/errors";
import { finishChange } from "@/server/outbox";
import { afterPublicChange } from "@/server/public/after-change";
import { DeleteComponentInput } from "./schemas";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What still refers to the component, as "2 incidents and 1 maintenance"; empty when nothing does. */
async function references(tx: Tx, componentId: string): Promise<string[]> {
  const where = { componentId };
  const [incidents, changes, windows, maintenances] = await Promise.all([
    tx.incidentComponent.count({ where }),
    tx.incidentUpdateComponent.count({ where }),
    tx.degradationWindow.count({ where }),
    tx.maintenanceComponent.count({ where }),
  ]);
  return [
    incidents && plural(incidents, "incident", "incidents"),
    changes && plural(changes, "incident update", "incident updates"),
    windows && plural(windows, "degradation window", "degradation windows"),
    maintenances && plural(maintenances, "maintenance", "maintenances"),
  ].filter((s): s is string => Boolean(s));
}

const list = (parts: string[]) => (parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`);

/** Deletes a component nothing refers to; history keeps referenced ones, which can be hidden instead. */
export async function deleteComponent({ ctx, input }: { ctx: Ctx; input: DeleteComponentInput }) {
  authorize(ctx, "component:write");
  const { componentId } = parseInput(DeleteComponentInput, input);
  await inTransaction(ctx, async (tx) => {
    const before = await tx.component.findUnique({ where: { id: componentId } });
    if (!before) throw NotFoundError.of("Component");
    const refs = await references(tx, componentId);
    if (refs.length) {
      throw new ConflictError(
        `"${before.name}" is still referenced by ${list(refs)}, so deleting it would rewrite history. Hide it instead: it leaves the public page and history stays intact.`,
      );
    }
    await tx.component.delete({ where: { id: componentId } });
    await finishChange(tx, ctx, { audit: { action: "component.delete", entityType: "component", entityId: componentId, before } });
  });
  await afterPublicChange(ctx);
  return { id: componentId };
}
