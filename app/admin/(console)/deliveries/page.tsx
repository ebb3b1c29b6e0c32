import { LiveDeliveries } from "@/components/admin/deliveries/live-deliveries";
import type { LiveDashboard } from "@/components/admin/deliveries/use-live-dashboard";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { JobSwitch } from "@/components/admin/jobs/job-switch";
import { can, requireAdminPage } from "@/server/auth/session";
import { getDeliveryDashboard } from "@/server/delivery/admin";
import { setJobPausedAction } from "../jobs/actions";

export const metadata = { title: "Deliveries" };

export default async function DeliveriesPage() {
  const ctx = await requireAdminPage();
  const dashboard = await getDeliveryDashboard({ ctx });
  const { control } = dashboard;
  return (
    <>
      <PageHeader
        title="Deliveries"
        description="Every email the outbox holds, per event: what went out, what waits, what is retried, what failed."
      />
      <LiveDeliveries initial={JSON.parse(JSON.stringify(dashboard)) as LiveDashboard}>
        <Panel title="Kill switch" className="mb-6">
          <JobSwitch control={control} canWrite={can(ctx, "settings:write")} action={setJobPausedAction} />
        </Panel>
      </LiveDeliveries>
    </>
  );
}
