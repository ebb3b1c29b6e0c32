const STYLE: Record<string, string> = {
  sent: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  queued: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  sending: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  dead: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};
const LABEL: Record<string, string> = { sent: "Delivered", queued: "Queued", sending: "Sending", failed: "Failed", dead: "Gave up" };

export function DeliveryState({ state }: { state: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${STYLE[state] ?? ""}`}>{LABEL[state] ?? state}</span>;
}
