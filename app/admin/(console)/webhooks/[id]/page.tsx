import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { RowAction } from "@/components/admin/team/row-action";
import { DeliveryState } from "@/components/admin/webhooks/delivery-state";
import { RotateSecret } from "@/components/admin/webhooks/rotate-secret";
import { WebhookForm } from "@/components/admin/webhooks/webhook-form";
import { LocalTime } from "@/components/time/local-time";
import { requireAdminPage } from "@/server/auth/session";
import { getWebhook } from "@/server/webhook";
import {
  deleteWebhookAction,
  retryWebhookAction,
  rotateWebhookAction,
  testWebhookAction,
  toggleWebhookAction,
  updateWebhookAction,
} from "../actions";
import { AdminTable, CELL_TOP } from "@/components/admin/admin-table";
import { notFoundIfMissing } from "../../not-found-if-missing";

export const metadata: Metadata = { title: "Webhook endpoint" };

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAdminPage("webhook:write");
  const { id } = await params;
  const endpoint = await getWebhook({ ctx, input: { endpointId: id } }).catch(notFoundIfMissing);
  const toggle = { endpointId: endpoint.id, enabled: String(!endpoint.enabled) };
  return (
    <>
      <PageHeader
        title={endpoint.description || "Webhook endpoint"}
        description={
          <>
            <Link href="/admin/webhooks" className="text-blue-700 hover:underline dark:text-blue-400">
              Webhooks
            </Link>{" "}
            · <span className="font-mono break-all">{endpoint.url}</span> · secret <span className="font-mono">{endpoint.secretHint}</span>
          </>
        }
        actions={
          <>
            {endpoint.enabled && (
              <RowAction
                action={testWebhookAction}
                fields={{ endpointId: endpoint.id }}
                verb={{ label: "Send test event", pending: "Queueing…" }}
              />
            )}
            <RowAction
              action={toggleWebhookAction}
              fields={toggle}
              verb={{ label: endpoint.enabled ? "Switch off" : "Switch on", pending: "Saving…" }}
            />
            <RowAction
              action={deleteWebhookAction}
              fields={{ endpointId: endpoint.id }}
              verb="delete"
              confirm="Delete this endpoint and its delivery log? Queued deliveries to it are dropped."
            />
          </>
        }
      />
      {!endpoint.enabled && (
        <p role="status" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Switched off{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}. Nothing is sent to it until it is switched on again.
        </p>
      )}
      <div className="mb-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Panel title="Endpoint">
          <div className="px-4 py-4">
            <WebhookForm
              action={updateWebhookAction}
              defaults={{ endpointId: endpoint.id, url: endpoint.url, description: endpoint.description, events: endpoint.events }}
            />
          </div>
        </Panel>
        <Panel title="Signing secret">
          <div className="flex flex-col gap-3 px-4 py-4 text-sm">
            <p className="text-slate-600 dark:text-slate-400">
              Verify <code>webhook-signature</code> with any Standard Webhooks library, and reject timestamps older than five minutes.
            </p>
            <RotateSecret action={rotateWebhookAction} endpointId={endpoint.id} />
          </div>
        </Panel>
      </div>
      <Panel title="Recent deliveries">
        {endpoint.deliveries.length === 0 ? (
          <EmptyState title="Nothing sent yet">Events appear here as they happen; send a test event to try the receiver.</EmptyState>
        ) : (
          <AdminTable columns={["Event", "State", "Attempts", "Details", null]}>
            {endpoint.deliveries.map((d) => (
              <tr key={d.id} data-delivery={d.event}>
                <td className={CELL_TOP}>
                  <span className="font-medium">{d.event}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    <LocalTime iso={d.createdAt.toISOString()} /> · <span className="font-mono">{d.messageId}</span>
                  </span>
                  {d.body && (
                    <details className="mt-1 text-xs">
                      <summary className="cursor-pointer text-blue-700 dark:text-blue-400">Body</summary>
                      <pre className="mt-1 max-h-80 max-w-xl overflow-auto rounded bg-slate-50 p-2 font-mono text-[11px] dark:bg-slate-900">
                        {JSON.stringify(JSON.parse(d.body), null, 2)}
                      </pre>
                    </details>
                  )}
                </td>
                <td className={CELL_TOP}>
                  <DeliveryState state={d.state} />
                </td>
                <td className={CELL_TOP}>{d.attempts}</td>
                <td className={`${CELL_TOP} max-w-md text-xs break-words text-slate-700 dark:text-slate-300`}>
                  {d.state === "sent" && d.sentAt ? (
                    <>
                      Delivered <LocalTime iso={d.sentAt.toISOString()} />
                    </>
                  ) : null}
                  {d.lastError && <span className="block">{d.lastError}</span>}
                  {d.state === "queued" && d.attempts > 0 && (
                    <span className="block">
                      Next attempt <LocalTime iso={d.nextAttemptAt.toISOString()} />
                    </span>
                  )}
                </td>
                <td className={`${CELL_TOP} text-right`}>
                  {(d.state === "failed" || d.state === "dead") && (
                    <RowAction action={retryWebhookAction} fields={{ deliveryId: d.id }} verb="retry" subject={d.event} />
                  )}
                </td>
              </tr>
            ))}
          </AdminTable>
        )}
      </Panel>
    </>
  );
}
