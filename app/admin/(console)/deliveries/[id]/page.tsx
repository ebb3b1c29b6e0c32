import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/deliveries/action-form";
import { LiveEventProgress } from "@/components/admin/deliveries/live-deliveries";
import type { LiveDashboard } from "@/components/admin/deliveries/use-live-dashboard";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { LocalTime } from "@/components/time/local-time";
import { can, requireAdminPage } from "@/server/auth/session";
import { countRetryable, getDeliveryDashboard, listFailures } from "@/server/delivery/admin";
import { retryFailedAction } from "../actions";
import { notFoundIfMissing } from "../../not-found-if-missing";
import { HeaderCells } from "@/components/ui/table";

const STATE_LABEL = (f: { state: string; lastError: string | null }) =>
  f.state === "queued" ? "retrying" : f.state === "dead" ? "gave up" : f.lastError?.startsWith("not sent:") ? "skipped" : "failed";

export default async function DeliveryEventPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAdminPage();
  const { id } = await params;
  const dashboard = await getDeliveryDashboard({ ctx, input: { eventId: id } }).catch(notFoundIfMissing);
  const event = dashboard.events[0];
  if (!event) notFound();
  const [failures, retryable] = await Promise.all([
    listFailures({ ctx, input: { notificationId: id } }),
    countRetryable({ ctx, input: { notificationId: id } }),
  ]);
  return (
    <>
      <PageHeader
        title={event.subject}
        back={{ href: "/admin/deliveries", label: "Deliveries" }}
        description={event.kind.replaceAll("_", " ")}
      />
      <Panel title="Progress" className="mb-6">
        <div className="flex flex-wrap items-start justify-between gap-4 px-4 py-3">
          <LiveEventProgress initial={JSON.parse(JSON.stringify(dashboard)) as LiveDashboard} eventId={id} />
          {/* Always there for those who may retry, so its report stays on screen after the numbers change. */}
          {can(ctx, "subscriber:write") && (
            <ActionForm action={retryFailedAction} fields={{ notificationId: id }} label={`Retry ${retryable} failed`} />
          )}
        </div>
      </Panel>
      <Panel title={`Not delivered yet (${failures.length})`}>
        {failures.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">No failures and nothing waiting to be retried.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600 dark:text-slate-400">
              <tr>
                <HeaderCells
                  className="px-4 py-2 font-medium"
                  cells={["Recipient", "State", "Attempts", "Last error", "Last try / next try"]}
                />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {failures.map((f) => (
                <tr key={f.id}>
                  <td className="px-4 py-2">{f.recipient}</td>
                  <td className="px-4 py-2">{STATE_LABEL(f)}</td>
                  <td className="px-4 py-2">{f.attempts}</td>
                  <td className="px-4 py-2 font-mono text-xs">{f.lastError}</td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <LocalTime iso={f.updatedAt.toISOString()} format="datetime" />
                    {f.state === "queued" && (
                      <>
                        {" "}
                        → <LocalTime iso={f.nextAttemptAt.toISOString()} format="time" />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
