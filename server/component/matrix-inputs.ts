// Inputs for the authorization matrix (every role × every mutating verb): each case builds the
// rows its verb needs. Destructive cases take a fresh row per run, so allowed roles all succeed.
import type { Permission } from "@/server/auth/permissions";
import type { Ctx } from "@/server/context";
import type { Db } from "@/server/db";
import { createGroup, deleteGroup, updateGroup } from "@/server/group";
import { createComponent } from "./create-component";
import { deleteComponent } from "./delete-component";
import { reorderComponents } from "./reorder-components";
import { setComponentStatus } from "./set-component-status";
import { makeComponent, makeGroup, tag } from "./test-fixtures";
import { updateComponent } from "./update-component";

export type MatrixCase = { name: string; permission: Permission; run: (ctx: Ctx) => Promise<unknown> };

const RUNS = 8;

/** One prepared row per run; past the end the last is reused (then only refusals are meaningful). */
export async function pool<T>(make: () => Promise<T>): Promise<() => T> {
  const rows: T[] = [];
  for (let i = 0; i < RUNS; i++) rows.push(await make());
  let next = 0;
  return () => rows[Math.min(next++, rows.length - 1)]!;
}

export async function matrixCases(db: Db): Promise<MatrixCase[]> {
  const component = await makeComponent(db);
  const group = await makeGroup(db);
  const [first, second] = [
    await makeComponent(db, { groupId: group.id, position: 0 }),
    await makeComponent(db, { groupId: group.id, position: 1 }),
  ];
  const deletable = await pool(() => makeComponent(db));
  const deletableGroup = await pool(async () => {
    const g = await makeGroup(db);
    await makeComponent(db, { groupId: g.id });
    return g;
  });
  return [
    { name: "createComponent", permission: "component:write", run: (ctx) => createComponent({ ctx, input: { name: `matrix ${tag()}` } }) },
    {
      name: "updateComponent",
      permission: "component:write",
      run: (ctx) => updateComponent({ ctx, input: { componentId: component.id, name: `matrix ${tag()}` } }),
    },
    {
      name: "reorderComponents",
      permission: "component:write",
      run: (ctx) => reorderComponents({ ctx, input: { groupId: group.id, ids: [second.id, first.id] } }),
    },
    {
      name: "setComponentStatus",
      permission: "component:status",
      run: (ctx) => setComponentStatus({ ctx, input: { componentId: component.id, status: "degraded_performance" } }),
    },
    {
      name: "deleteComponent",
      permission: "component:write",
      run: (ctx) => deleteComponent({ ctx, input: { componentId: deletable().id } }),
    },
    { name: "createGroup", permission: "component:write", run: (ctx) => createGroup({ ctx, input: { name: `matrix ${tag()}` } }) },
    {
      name: "updateGroup",
      permission: "component:write",
      run: (ctx) => updateGroup({ ctx, input: { groupId: group.id, name: `matrix ${tag()}` } }),
    },
    { name: "deleteGroup", permission: "component:write", run: (ctx) => deleteGroup({ ctx, input: { groupId: deletableGroup().id } }) },
  ];
}
