import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/deliveries/action-form";
import { DeliveryProgress } from "@/components/admin/deliveries/progress-bar";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { LocalTime } from "@/components/time/local-time";
import { can, requireAdminPage } from "@/server/auth/session";
import { listFailures, listNotifications } from "@/server/delivery/admin";
import { retryFailedAction } from "../actions";

export default async function DeliveryEventPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAdminPage();
  const { id } = await params;
  const event = (await listNotifications({ ctx, take: 500 })).find((n) => n.id === id);
  if (!event) notFound();
  const failures = await listFailures({ ctx, notificationId: id });
  return (
    <>
      <PageHeader
        title={event.subject}
        description={<><Link href="/admin/deliveries" className="hover:underline">Deliveries</Link> · {event.kind.replaceAll("_", " ")}</>}
      />
      <Panel title="Progress" className="mb-6">
        <div className="flex flex-wrap items-center justify-between gap-4 px-4 py-3">
          <DeliveryProgress progress={event.progress} />
          {failures.length > 0 && can(ctx, "subscriber:write") && (
            <ActionForm action={retryFailedAction} fields={{ notificationId: id }} label={`Retry ${failures.length} failed`} />
          )}
        </div>
      </Panel>
      <Panel title={`Failures (${failures.length})`}>
        {failures.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">No failures.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Recipient</th>
                <th scope="col" className="px-4 py-2 font-medium">State</th>
                <th scope="col" className="px-4 py-2 font-medium">Attempts</th>
                <th scope="col" className="px-4 py-2 font-medium">Reason</th>
                <th scope="col" className="px-4 py-2 font-medium">Last try</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {failures.map((f) => (
                <tr key={f.id}>
                  <td className="px-4 py-2">{f.recipient}</td>
                  <td className="px-4 py-2">{f.state === "dead" ? "gave up" : "failed"}</td>
                  <td className="px-4 py-2">{f.attempts}</td>
                  <td className="px-4 py-2 font-mono text-xs">{f.lastError}</td>
                  <td className="px-4 py-2 whitespace-nowrap"><LocalTime iso={f.updatedAt.toISOString()} format="datetime" /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
