import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { DeliveryState } from "@/components/admin/webhooks/delivery-state";
import { EVENT_CHOICES } from "@/components/admin/webhooks/event-choices";
import { WebhookForm } from "@/components/admin/webhooks/webhook-form";
import { LocalTime } from "@/components/time/local-time";
import { requireAdminPage } from "@/server/auth/session";
import { listWebhooks } from "@/server/webhook";
import { createWebhookAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const TH = "px-4 py-2 text-left text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400";
const TD = "px-4 py-2.5 align-middle";
const LABEL = Object.fromEntries(EVENT_CHOICES.map((c) => [c.value, c.label]));

export default async function WebhooksPage() {
  const ctx = await requireAdminPage("webhook:write");
  const endpoints = await listWebhooks({ ctx });
  return (
    <>
      <PageHeader
        title="Webhooks"
        description={
          <>
            Signed JSON to your URLs on incidents, component status changes and maintenance, in Statuspage&apos;s
            shape (<code>{"{meta, page, incident | component}"}</code>). Signatures follow Standard Webhooks
            (<code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>); failed deliveries are retried for about an hour.
          </>
        }
      />
      <Panel title="Add an endpoint" className="mb-6">
        <div className="px-4 py-4">
          <WebhookForm action={createWebhookAction} />
        </div>
      </Panel>
      <Panel title="Endpoints">
        {endpoints.length === 0 ? (
          <EmptyState title="No endpoints yet">Add one above; each gets its own signing secret.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 dark:bg-slate-900">
                <tr>
                  <th className={TH}>Endpoint</th>
                  <th className={TH}>Sends</th>
                  <th className={TH}>State</th>
                  <th className={TH}>Latest delivery</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {endpoints.map((endpoint) => {
                  const last = endpoint.deliveries[0];
                  return (
                    <tr key={endpoint.id} data-endpoint={endpoint.url}>
                      <td className={TD}>
                        <Link href={`/admin/webhooks/${endpoint.id}`} className="font-mono text-xs break-all text-blue-700 hover:underline dark:text-blue-400">
                          {endpoint.url}
                        </Link>
                        {endpoint.description && <span className="block text-slate-600 dark:text-slate-400">{endpoint.description}</span>}
                      </td>
                      <td className={TD}>{endpoint.events.map((e) => LABEL[e]).join(", ")}</td>
                      <td className={TD}>{endpoint.enabled ? "On" : <span className="text-amber-800 dark:text-amber-300">Off{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}</span>}</td>
                      <td className={TD}>
                        {last ? (
                          <>
                            <DeliveryState state={last.state} /> <span className="text-slate-600 dark:text-slate-400">{last.event}, <LocalTime iso={last.createdAt.toISOString()} /></span>
                          </>
                        ) : (
                          "None yet"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </>
  );
}
