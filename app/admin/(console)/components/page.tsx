import type { Metadata } from "next";
import { actionMap } from "@/components/admin/action-map";
import { ComponentsConsole } from "@/components/admin/components/components-console";
import { PageHeader } from "@/components/admin/page-header";
import { can, requireAdminPage } from "@/server/auth/session";
import { listComponents } from "@/server/component";
import * as serverActions from "./actions";

export const metadata: Metadata = { title: "Components" };

const actions = actionMap(serverActions);

export default async function ComponentsPage() {
  const ctx = await requireAdminPage();
  const { rows } = await listComponents({ ctx });
  const canWrite = can(ctx, "component:write");
  return (
    <>
      <PageHeader
        title="Components"
        description={`In page order. Statuses follow incidents and maintenance unless set by hand.${canWrite ? " Move rows with the arrow buttons." : ""}`}
      />
      <ComponentsConsole rows={rows} actions={actions} canWrite={canWrite} canStatus={can(ctx, "component:status")} />
    </>
  );
}
