import { authorize, type Ctx } from "@/server/context";

const include = {
  components: { select: { component: { select: { id: true, name: true } } } },
  updates: { orderBy: { displayAt: "desc" } },
} as const;

const PAST_LIMIT = 50;

/** Maintenance for the console: in progress, upcoming, and the most recent past (completed or cancelled). */
export async function listMaintenance({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "admin:read");
  const open = { cancelledAt: null };
  const [active, upcoming, past] = await Promise.all([
    ctx.db.maintenance.findMany({
      where: { ...open, status: { in: ["in_progress", "verifying"] } },
      orderBy: { scheduledStart: "asc" },
      include,
    }),
    ctx.db.maintenance.findMany({ where: { ...open, status: "scheduled" }, orderBy: { scheduledStart: "asc" }, include }),
    ctx.db.maintenance.findMany({
      where: { OR: [{ status: "completed" }, { cancelledAt: { not: null } }] },
      orderBy: { scheduledStart: "desc" },
      take: PAST_LIMIT,
      include,
    }),
  ]);
  return { active, upcoming, past };
}

export type AdminMaintenance = Awaited<ReturnType<typeof listMaintenance>>["active"][number];
