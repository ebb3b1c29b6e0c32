import { authorize, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { ensureAffected, lockIncident } from "@/server/incident/rows";
import { assertClosedIfResolved, assertWindowFits, windowAudit } from "./rows";
import { AddWindowInput } from "./schemas";
import { inWindowTransaction, settleWindowChange } from "./settle";

/** Adds a degradation window (open or closed) for one component of an incident. */
export async function addWindow({ ctx, input }: { ctx: Ctx; input: AddWindowInput }) {
  authorize(ctx, "incident:write");
  const data = parseInput(AddWindowInput, input);
  return inWindowTransaction(ctx, async (tx) => {
    await lockIncident(tx, data.incidentId);
    const incident = await tx.incident.findUniqueOrThrow({
      where: { id: data.incidentId },
      select: { id: true, publishedAt: true, resolvedAt: true },
    });
    if (!(await tx.component.findUnique({ where: { id: data.componentId }, select: { id: true } }))) {
      throw ValidationError.field("componentId", "This component does not exist");
    }
    assertClosedIfResolved(incident, data.endedAt);
    await assertWindowFits(tx, data);
    const window = await tx.degradationWindow.create({ data });
    await ensureAffected(tx, incident.id, [data.componentId]);
    const visible = Boolean(incident.publishedAt);
    await settleWindowChange(tx, ctx, {
      action: "window.create",
      windowId: window.id,
      componentId: data.componentId,
      after: windowAudit(window),
      visible,
    });
    return { result: window, visible };
  });
}
