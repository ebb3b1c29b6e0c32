// Inputs for the authorization matrix (every role × every mutating verb): each case builds the
// rows its verb needs. State-changing cases take a fresh maintenance per run.
import { pool, type MatrixCase } from "@/server/component/matrix-inputs";
import { makeComponent, tag } from "@/server/component/test-fixtures";
import type { Db } from "@/server/db";
import { cancelMaintenance } from "./cancel-maintenance";
import { completeMaintenance } from "./complete-maintenance";
import { runDueMaintenance } from "./run-due";
import { scheduleMaintenance } from "./schedule-maintenance";
import { startMaintenance } from "./start-maintenance";
import { makeMaintenance } from "./test-fixtures";
import { updateMaintenance } from "./update-maintenance";
import { verifyMaintenance } from "./verify-maintenance";

const HOUR = 3_600_000;
// runDueMaintenance looks at every maintenance: with this clock nothing (of other tests) is due.
const LONG_AGO = new Date("2001-01-01T00:00:00Z");

export async function matrixCases(db: Db): Promise<MatrixCase[]> {
  const component = await makeComponent(db);
  const editable = await makeMaintenance(db, { componentIds: [component.id] });
  const scheduled = await pool(() => makeMaintenance(db, { componentIds: [component.id] }));
  const toCancel = await pool(() => makeMaintenance(db, { componentIds: [component.id] }));
  const running = await pool(() => makeMaintenance(db, { componentIds: [component.id], status: "in_progress" }));
  const toVerify = await pool(() => makeMaintenance(db, { componentIds: [component.id], status: "in_progress" }));
  const window = () => ({ scheduledStart: new Date(Date.now() + HOUR), scheduledEnd: new Date(Date.now() + 2 * HOUR) });
  return [
    {
      name: "scheduleMaintenance",
      permission: "maintenance:write",
      run: (ctx) =>
        scheduleMaintenance({
          ctx,
          input: { title: `matrix ${tag()}`, componentIds: [component.id], ...window(), notifyOnSchedule: false },
        }),
    },
    {
      name: "updateMaintenance",
      permission: "maintenance:write",
      run: (ctx) => updateMaintenance({ ctx, input: { maintenanceId: editable.id, title: `matrix ${tag()}` } }),
    },
    {
      name: "cancelMaintenance",
      permission: "maintenance:write",
      run: (ctx) => cancelMaintenance({ ctx, input: { maintenanceId: toCancel().id } }),
    },
    {
      name: "startMaintenance",
      permission: "maintenance:write",
      run: (ctx) => startMaintenance({ ctx, input: { maintenanceId: scheduled().id } }),
    },
    {
      name: "verifyMaintenance",
      permission: "maintenance:write",
      run: (ctx) => verifyMaintenance({ ctx, input: { maintenanceId: toVerify().id } }),
    },
    {
      name: "completeMaintenance",
      permission: "maintenance:write",
      run: (ctx) => completeMaintenance({ ctx, input: { maintenanceId: running().id } }),
    },
    { name: "runDueMaintenance", permission: "maintenance:write", run: (ctx) => runDueMaintenance({ ctx, now: LONG_AGO }) },
  ];
}
