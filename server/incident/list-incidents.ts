import { authorize, type Ctx } from "@/server/context";
import { parseInput } from "@/server/errors";
import type { Prisma } from "@/server/generated/sqlite/client";
import { ListIncidentsInput } from "./schemas";

const FILTERS: Record<string, Prisma.IncidentWhereInput> = {
  all: {},
  open: { publishedAt: { not: null }, resolvedAt: null },
  draft: { publishedAt: null },
  resolved: { resolvedAt: { not: null } },
};

export type AdminIncidentRow = Awaited<ReturnType<typeof listIncidents>>[number];

/** Incidents for the console: drafts and open ones first, then the rest, newest first. */
export async function listIncidents({ ctx, input = {} }: { ctx: Ctx; input?: ListIncidentsInput }) {
  authorize(ctx, "admin:read");
  const { status, limit } = parseInput(ListIncidentsInput, input);
  const where = FILTERS[status] ?? { status, publishedAt: { not: null } };
  const rows = await ctx.db.incident.findMany({
    where,
    orderBy: { startedAt: "desc" },
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      impact: true,
      status: true,
      publishedAt: true,
      startedAt: true,
      resolvedAt: true,
      updatedAt: true,
      components: { select: { component: { select: { id: true, name: true } } } },
      _count: { select: { updates: true, windows: true } },
      postmortem: { select: { publishedAt: true } },
    },
  });
  const rank = (r: (typeof rows)[number]) => (!r.publishedAt ? 0 : r.resolvedAt ? 2 : 1);
  return rows
    .map((r, index) => ({ r, index }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.index - b.index)
    .map(({ r }) => r);
}
