"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/time/local-time";
import { HealthBanner } from "./health-banner";
import { DeliveryProgress } from "./progress-bar";
import { useLiveDashboard, type LiveDashboard } from "./use-live-dashboard";
import { HeaderCells } from "@/components/ui/table";

function LiveNote({ live }: { live: boolean }) {
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="live-note" aria-live="off">
      {live ? "Updating every 2 s while mail is pending." : "Nothing pending; reload to check for new events."}
    </p>
  );
}

/** The deliveries page's health line and events table, kept current without a reload; `children` go between. */
export function LiveDeliveries({ initial, children }: { initial: LiveDashboard; children?: ReactNode }) {
  const { data, live } = useLiveDashboard(initial);
  return (
    <>
      <div className="mb-6 flex flex-col gap-2">
        <HealthBanner health={data.health} now={data.now} />
        <LiveNote live={live} />
      </div>
      {children}
      <section aria-label="Events" className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900/40">
        <h2 className="border-b border-slate-200 px-4 py-2.5 text-sm font-semibold text-slate-900 dark:border-slate-800 dark:text-slate-100">
          Events
        </h2>
        {data.events.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
            Nothing sent yet. Publishing an incident with “notify subscribers” on creates an event here.
          </p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600 dark:text-slate-400">
              <tr>
                <HeaderCells className="px-4 py-2 font-medium" cells={["When", "Event", "Progress"]} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {data.events.map((event) => (
                <tr key={event.id} data-event={event.id}>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <LocalTime iso={event.createdAt} format="datetime" />
                  </td>
                  <td className="px-4 py-2">
                    <Link href={`/admin/deliveries/${event.id}`} className="font-medium hover:underline">
                      {event.subject}
                    </Link>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{event.kind.replaceAll("_", " ")}</span>
                  </td>
                  <td className="px-4 py-2">
                    <DeliveryProgress progress={event.progress} expansion={event.expansion} retry={event.retry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** One event's progress and the health line, kept current without a reload. */
export function LiveEventProgress({ initial, eventId }: { initial: LiveDashboard; eventId: string }) {
  const { data, live } = useLiveDashboard(initial, eventId);
  const event = data.events[0];
  return (
    <div className="flex flex-col gap-2">
      <HealthBanner health={data.health} now={data.now} />
      {event && <DeliveryProgress progress={event.progress} expansion={event.expansion} retry={event.retry} />}
      <LiveNote live={live} />
    </div>
  );
}
