// Pure: the sentence an admin reads after retrying — exactly what changed, nothing more.
import type { RetryReport } from "./retry-failed";

const deliveries = (n: number) => `${n} ${n === 1 ? "delivery" : "deliveries"}`;

export function describeRetry({ requeued, notRetried }: RetryReport): string {
  const left = notRetried > 0 ? ` ${deliveries(notRetried)} left alone: the subscriber unsubscribed, bounced or was removed.` : "";
  if (requeued === 0) return `Nothing was queued again (0 deliveries).${left}`;
  return `${deliveries(requeued)} queued again.${left}`;
}
