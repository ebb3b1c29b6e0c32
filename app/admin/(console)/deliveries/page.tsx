import Link from "next/link";
import { ActionForm } from "@/components/admin/deliveries/action-form";
import { DeliveryProgress } from "@/components/admin/deliveries/progress-bar";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { TextField } from "@/components/ui/field";
import { LocalTime } from "@/components/time/local-time";
import { can, requireAdminPage } from "@/server/auth/session";
import { getDeliveryControl, listNotifications } from "@/server/delivery/admin";
import { setPausedAction } from "./actions";

export const metadata = { title: "Deliveries" };

export default async function DeliveriesPage() {
  const ctx = await requireAdminPage();
  const [events, control] = await Promise.all([listNotifications({ ctx }), getDeliveryControl({ ctx })]);
  return (
    <>
      <PageHeader title="Deliveries" description="Every email the outbox holds, per event: what went out, what waits, what failed." />
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
              <ActionForm action={setPausedAction} fields={{ paused: "true" }} label="Pause delivery" variant="danger" confirm="Pause all email delivery?">
                <TextField label="Reason (optional)" name="reason" maxLength={200} />
              </ActionForm>
            ))}
        </div>
      </Panel>
      <Panel title="Events">
        {events.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">Nothing sent yet. Publishing an incident with “notify subscribers” on creates an event here.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">When</th>
                <th scope="col" className="px-4 py-2 font-medium">Event</th>
                <th scope="col" className="px-4 py-2 font-medium">Progress</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {events.map((event) => (
                <tr key={event.id} data-event={event.id}>
                  <td className="px-4 py-2 whitespace-nowrap"><LocalTime iso={event.createdAt.toISOString()} format="datetime" /></td>
                  <td className="px-4 py-2">
                    <Link href={`/admin/deliveries/${event.id}`} className="font-medium hover:underline">{event.subject}</Link>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{event.kind.replaceAll("_", " ")}</span>
                  </td>
                  <td className="px-4 py-2"><DeliveryProgress progress={event.progress} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
