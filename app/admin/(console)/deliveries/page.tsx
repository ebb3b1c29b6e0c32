import { ActionForm } from "@/components/admin/deliveries/action-form";
import { LiveDeliveries } from "@/components/admin/deliveries/live-deliveries";
import type { LiveDashboard } from "@/components/admin/deliveries/use-live-dashboard";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { TextField } from "@/components/ui/field";
import { can, requireAdminPage } from "@/server/auth/session";
import { getDeliveryDashboard } from "@/server/delivery/admin";
import { setPausedAction } from "./actions";

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
          <div className="flex flex-col gap-3 px-4 py-3 text-sm">
            <p data-testid="delivery-state">
              {control.paused ? (
                <strong className="text-red-700 dark:text-red-400">Paused{control.reason ? `: ${control.reason}` : ""}.</strong>
              ) : (
                <strong className="text-green-700 dark:text-green-400">Sending.</strong>
              )}{" "}
              While paused, workers claim nothing; queued email waits and goes out on resume.
            </p>
            {can(ctx, "settings:write") &&
              (control.paused ? (
                <ActionForm action={setPausedAction} fields={{ paused: "false" }} label="Resume delivery" variant="primary" />
              ) : (
                <ActionForm
                  action={setPausedAction}
                  fields={{ paused: "true" }}
                  label="Pause delivery"
                  variant="danger"
                  confirm="Pause all email delivery?"
                >
                  <TextField label="Reason (optional)" name="reason" maxLength={200} />
                </ActionForm>
              ))}
          </div>
        </Panel>
      </LiveDeliveries>
    </>
  );
}
