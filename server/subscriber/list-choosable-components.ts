import { authorize, type Ctx } from "@/server/context";

export type ChoosableComponent = { id: string; name: string; group: string | null };

/** Components a subscription may name (shown on the page), in page order, for admin forms. */
export async function listChoosableComponents({ ctx }: { ctx: Ctx }): Promise<ChoosableComponent[]> {
  authorize(ctx, "admin:read");
  const rows = await ctx.db.component.findMany({
    where: { showcase: true },
    select: { id: true, name: true, position: true, group: { select: { name: true, position: true } } },
  });
  // Groups and ungrouped components share the top-level order; members follow their group's place.
  const key = (c: (typeof rows)[number]) => [c.group ? c.group.position : c.position, c.group ? c.position : -1] as const;
  return rows
    .sort(
      (a, b) =>
        key(a)[0] - key(b)[0] ||
        (a.group?.name ?? "").localeCompare(b.group?.name ?? "") ||
        key(a)[1] - key(b)[1] ||
        a.name.localeCompare(b.name),
    )
    .map((c) => ({ id: c.id, name: c.name, group: c.group?.name ?? null }));
}
