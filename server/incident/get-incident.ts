import { authorize, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { GetIncidentInput } from "./schemas";

export type AdminIncident = Awaited<ReturnType<typeof getIncident>>;

/** One incident with everything its console page shows: timeline (newest first), windows, postmortem. */
export async function getIncident({ ctx, input }: { ctx: Ctx; input: GetIncidentInput }) {
  authorize(ctx, "admin:read");
  const { incidentId } = parseInput(GetIncidentInput, input);
  const incident = await ctx.db.incident.findUnique({
    where: { id: incidentId },
    include: {
      components: { select: { component: { select: { id: true, name: true, status: true, statusSource: true } } } },
      updates: {
        orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }],
        include: { components: { select: { componentId: true, oldStatus: true, newStatus: true, component: { select: { name: true } } } } },
      },
      windows: { orderBy: [{ startedAt: "asc" }], include: { component: { select: { name: true } } } },
      postmortem: true,
      _count: { select: { notifications: true } },
    },
  });
  if (!incident) throw NotFoundError.of("Incident");
  const authorIds = [...new Set(incident.updates.map((u) => u.authorId).filter((id): id is string => Boolean(id)))];
  const authors = authorIds.length
    ? await ctx.db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const authorOf = new Map(authors.map((a) => [a.id, a.name || a.email]));
  return {
    ...incident,
    updates: incident.updates.map((u) => ({ ...u, author: u.authorId ? (authorOf.get(u.authorId) ?? null) : null })),
  };
}
