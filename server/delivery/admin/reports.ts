// Pure: the sentences an admin reads after retrying or pausing — exactly what changed, nothing more.
import type { PauseReport } from "./kill-switch";
import type { RetryReport } from "./retry-failed";

const deliveries = (n: number) => `${n} ${n === 1 ? "delivery" : "deliveries"}`;
const emails = (n: number) => `${n} queued ${n === 1 ? "email" : "emails"}`;

export function describeRetry({ requeued, notRetried }: RetryReport): string {
  const left = notRetried > 0 ? ` ${deliveries(notRetried)} left alone: the subscriber unsubscribed, bounced or was removed.` : "";
  if (requeued === 0) return `Nothing was queued again (0 deliveries).${left}`;
  return `${deliveries(requeued)} queued again.${left}`;
}

export function describePause({ paused, changed, reason, waiting }: PauseReport): string {
  if (!changed)
    return paused
      ? `Delivery was already paused; nothing changed.${reason ? ` Reason: ${reason}.` : ""}`
      : "Delivery was already running; nothing changed.";
  if (paused) return `Delivery paused: workers claim nothing until you resume; ${emails(waiting)} wait${waiting === 1 ? "s" : ""}.`;
  return `Delivery resumed: workers are sending again; ${emails(waiting)} to go out.`;
}
