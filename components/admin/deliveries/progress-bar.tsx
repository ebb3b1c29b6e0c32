import type { Progress } from "@/server/delivery/admin";

/** Sent / queued / failed of N, as a bar and as words (the bar alone says nothing to a screen reader). */
export function DeliveryProgress({ progress }: { progress: Progress }) {
  const { total, sent, failed, dead } = progress;
  const waiting = progress.queued + progress.sending;
  const pct = (n: number) => (total ? `${(n / total) * 100}%` : "0%");
  return (
    <div className="flex min-w-48 flex-col gap-1">
      <div aria-hidden className="flex h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <span className="bg-green-600" style={{ width: pct(sent) }} />
        <span className="bg-blue-500" style={{ width: pct(waiting) }} />
        <span className="bg-red-600" style={{ width: pct(failed + dead) }} />
      </div>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {sent} sent · {waiting} queued · {failed + dead} failed of {total}
      </p>
    </div>
  );
}
