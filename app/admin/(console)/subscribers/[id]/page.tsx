import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { DeliveryHistory } from "@/components/admin/subscribers/delivery-history";
import { SubscriberStatusBadge } from "@/components/admin/subscribers/status-badge";
import { SubscriberActions } from "@/components/admin/subscribers/subscriber-actions";
import { LocalTime } from "@/components/time/local-time";
import { runAction } from "@/server/action-result";
import { can, requireAdminPage } from "@/server/auth/session";
import { getSubscriber } from "@/server/subscriber";
import { reactivateSubscriberAction, removeSubscriberAction, suppressSubscriberAction } from "../actions";

export const metadata: Metadata = { title: "Subscriber" };

const SOURCE: Record<string, string> = { signup: "Signed up on the page", import: "CSV import", admin: "Added by an admin" };
const DT = "text-slate-600 dark:text-slate-400";

export default async function SubscriberPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAdminPage();
  const { id } = await params;
  const result = await runAction(() => getSubscriber({ ctx, input: { subscriberId: id } }));
  if (!result.ok) notFound();
  const s = result.data;
  const time = (d: Date | null) => (d ? <LocalTime iso={d.toISOString()} format="datetime" /> : "—");
  return (
    <>
      <PageHeader
        back={{ href: "/admin/subscribers", label: "Subscribers" }}
        title={s.email}
        description={<SubscriberStatusBadge status={s.status} />}
      />
      <div className="flex flex-col gap-6">
        <Panel title="Details">
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1.5 px-4 py-3 text-sm">
            <dt className={DT}>Source</dt>
            <dd>{SOURCE[s.source] ?? s.source}</dd>
            {s.incident ? (
              <>
                <dt className={DT}>Follows</dt>
                <dd>
                  <a
                    href={`/incidents/${encodeURIComponent(s.incident.slug)}`}
                    className="text-blue-700 hover:underline dark:text-blue-400"
                  >
                    {s.incident.title}
                  </a>{" "}
                  (this incident only, until it is resolved)
                </dd>
              </>
            ) : (
              <>
                <dt className={DT}>Components</dt>
                <dd>{s.components.length ? s.components.map((c) => c.name).join(", ") : "All components"}</dd>
              </>
            )}
            <dt className={DT}>Created</dt>
            <dd>{time(s.createdAt)}</dd>
            <dt className={DT}>Confirmed</dt>
            <dd>{time(s.confirmedAt)}</dd>
            {s.unsubscribedAt && (
              <>
                <dt className={DT}>{s.status === "ended" ? "Ended" : "Unsubscribed"}</dt>
                <dd>{time(s.unsubscribedAt)}</dd>
              </>
            )}
            {s.suppressedAt && (
              <>
                <dt className={DT}>Suppressed</dt>
                <dd>
                  {time(s.suppressedAt)}
                  {s.suppressReason ? ` — ${s.suppressReason}` : ""}
                </dd>
              </>
            )}
          </dl>
        </Panel>
        <Panel title={`Deliveries (latest ${s.deliveries.length})`}>
          <DeliveryHistory
            rows={s.deliveries.map((d) => ({ ...d, createdAt: d.createdAt.toISOString(), sentAt: d.sentAt?.toISOString() ?? null }))}
          />
        </Panel>
        {can(ctx, "subscriber:write") && (
          <SubscriberActions
            subscriberId={s.id}
            email={s.email}
            status={s.status}
            suppress={suppressSubscriberAction}
            reactivate={reactivateSubscriberAction}
            remove={removeSubscriberAction}
          />
        )}
      </div>
    </>
  );
}
