import type { Metadata } from "next";
import { actionMap } from "@/components/admin/action-map";
import { MaintenanceConsole } from "@/components/admin/maintenance/maintenance-console";
import { PageHeader } from "@/components/admin/page-header";
import { can, requireAdminPage } from "@/server/auth/session";
import { listComponents } from "@/server/component";
import { listMaintenance } from "@/server/maintenance";
import { getSettings } from "@/server/settings";
import * as serverActions from "./actions";

export const metadata: Metadata = { title: "Maintenance" };

const actions = actionMap(serverActions);

export default async function MaintenancePage() {
  const ctx = await requireAdminPage();
  const [lists, { rows }, settings] = await Promise.all([listMaintenance({ ctx }), listComponents({ ctx }), getSettings({ ctx })]);
  // Page order, members labelled with their group.
  const components = rows.flatMap((row) =>
    row.kind === "group"
      ? row.group.components.map((c) => ({ id: c.id, label: `${row.group.name} › ${c.name}` }))
      : [{ id: row.component.id, label: row.component.name }],
  );
  return (
    <>
      <PageHeader title="Maintenance" description="Scheduled maintenance is published at once. Times are shown in your time zone." />
      <MaintenanceConsole
        {...lists}
        components={components}
        pageTimeZone={settings.timeZone}
        canWrite={can(ctx, "maintenance:write")}
        actions={actions}
      />
    </>
  );
}
