import { authorize, type Ctx } from "@/server/context";
import { byPageOrder } from "@/lib/domain/page-order";

const componentSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  groupId: true,
  position: true,
  status: true,
  statusSource: true,
  showcase: true,
  onlyShowIfDegraded: true,
  startDate: true,
} as const;

export type AdminComponent = Awaited<ReturnType<typeof readComponents>>[number];
export type AdminGroup = {
  id: string;
  name: string;
  description: string | null;
  collapsed: boolean;
  position: number;
  components: AdminComponent[];
};
export type AdminRow = { kind: "group"; group: AdminGroup } | { kind: "component"; component: AdminComponent };

const readComponents = (ctx: Ctx) => ctx.db.component.findMany({ select: componentSelect });

/** Groups and components in page order (hidden ones included), for the admin console. */
export async function listComponents({ ctx }: { ctx: Ctx }): Promise<{ rows: AdminRow[]; components: AdminComponent[] }> {
  authorize(ctx, "admin:read");
  const [groups, components] = await Promise.all([
    ctx.db.componentGroup.findMany({ select: { id: true, name: true, description: true, collapsed: true, position: true } }),
    readComponents(ctx),
  ]);
  const ordered = byPageOrder(components);
  const groupIds = new Set(groups.map((g) => g.id));
  const rows = byPageOrder([
    ...groups.map((group) => ({
      ...group,
      row: { kind: "group" as const, group: { ...group, components: ordered.filter((c) => c.groupId === group.id) } },
    })),
    ...ordered
      .filter((c) => !c.groupId || !groupIds.has(c.groupId))
      .map((component) => ({ ...component, row: { kind: "component" as const, component } })),
  ]).map((item) => item.row);
  return { rows, components: ordered };
}
