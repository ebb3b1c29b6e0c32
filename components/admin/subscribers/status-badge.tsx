export const SUBSCRIBER_STATUS_LABEL: Record<string, string> = {
  pending: "Pending",
  active: "Active",
  unsubscribed: "Unsubscribed",
  bounced: "Bounced",
  complained: "Complained",
  ended: "Ended (incident resolved)",
};

const STYLE: Record<string, string> = {
  active: "bg-green-50 text-green-800 ring-green-700/20 dark:bg-green-950/60 dark:text-green-200 dark:ring-green-400/30",
  pending: "bg-amber-50 text-amber-900 ring-amber-700/20 dark:bg-amber-950/60 dark:text-amber-200 dark:ring-amber-400/30",
  unsubscribed: "bg-slate-100 text-slate-700 ring-slate-600/20 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/30",
  bounced: "bg-red-50 text-red-800 ring-red-700/20 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-400/30",
  complained: "bg-red-50 text-red-800 ring-red-700/20 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-400/30",
};

export function SubscriberStatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-px text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLE[status] ?? STYLE.unsubscribed}`}
    >
      {SUBSCRIBER_STATUS_LABEL[status] ?? status}
    </span>
  );
}

const DELIVERY_STYLE: Record<string, string> = {
  sent: "text-green-800 dark:text-green-300",
  queued: "text-slate-700 dark:text-slate-300",
  sending: "text-blue-800 dark:text-blue-300",
  failed: "text-red-800 dark:text-red-300",
  dead: "text-red-800 dark:text-red-300",
};

export function DeliveryState({ state }: { state: string }) {
  return <span className={`text-xs font-semibold uppercase ${DELIVERY_STYLE[state] ?? ""}`}>{state}</span>;
}
