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
import { AdminTable, CELL } from "@/components/admin/admin-table";

export const metadata: Metadata = { title: "Webhooks" };

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
            Signed JSON to your URLs on incidents, component status changes and maintenance, in Statuspage&apos;s shape (
            <code>{"{meta, page, incident | component}"}</code>). Signatures follow Standard Webhooks (<code>webhook-id</code>,{" "}
            <code>webhook-timestamp</code>, <code>webhook-signature</code>); failed deliveries are retried for about an hour.
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
          <AdminTable columns={["Endpoint", "Sends", "State", "Latest delivery"]}>
            {endpoints.map((endpoint) => {
              const last = endpoint.deliveries[0];
              return (
                <tr key={endpoint.id} data-endpoint={endpoint.url}>
                  <td className={CELL}>
                    <Link
                      href={`/admin/webhooks/${endpoint.id}`}
                      className="font-mono text-xs break-all text-blue-700 hover:underline dark:text-blue-400"
                    >
                      {endpoint.url}
                    </Link>
                    {endpoint.description && <span className="block text-slate-600 dark:text-slate-400">{endpoint.description}</span>}
                  </td>
                  <td className={CELL}>{endpoint.events.map((e) => LABEL[e]).join(", ")}</td>
                  <td className={CELL}>
                    {endpoint.enabled ? (
                      "On"
                    ) : (
                      <span className="text-amber-800 dark:text-amber-300">
                        Off{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}
                      </span>
                    )}
                  </td>
                  <td className={CELL}>
                    {last ? (
                      <>
                        <DeliveryState state={last.state} />{" "}
                        <span className="text-slate-600 dark:text-slate-400">
                          {last.event}, <LocalTime iso={last.createdAt.toISOString()} />
                        </span>
                      </>
                    ) : (
                      "None yet"
                    )}
                  </td>
                </tr>
              );
            })}
          </AdminTable>
        )}
      </Panel>
    </>
  );
}
