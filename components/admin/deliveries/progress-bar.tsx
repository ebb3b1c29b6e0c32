import { LocalTime } from "@/components/time/local-time";
import type { Serialized } from "@/lib/serialized";
import type { EventProgress } from "@/server/delivery/admin";
import { MAX_ATTEMPTS } from "@/lib/domain/delivery-limits";

type Props = Pick<Serialized<EventProgress>, "progress" | "expansion" | "retry">;

/** Every state of an event's mail, as a bar and as words (the bar alone says nothing to a screen reader). */
export function DeliveryProgress({ progress, expansion, retry }: Props) {
  const { total, sent, queued, retrying, sending, failed, dead, skipped } = progress;
  const pct = (n: number) => (total ? `${(n / total) * 100}%` : "0%");
  const parts: [number, string][] = [
    [sent, "sent"],
    [queued, "queued"],
    [sending, "sending"],
    [retrying, "retrying"],
    [failed, "failed"],
    [dead, "gave up"],
    [skipped, "skipped"],
  ];
  return (
    <div className="flex min-w-48 flex-col gap-1" data-testid="delivery-progress">
      <div aria-hidden className="flex h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <span className="bg-green-600" style={{ width: pct(sent) }} />
        <span className="bg-blue-500" style={{ width: pct(queued + sending) }} />
        <span className="bg-amber-500" style={{ width: pct(retrying) }} />
        <span className="bg-red-600" style={{ width: pct(failed + dead) }} />
        <span className="bg-slate-400" style={{ width: pct(skipped) }} />
      </div>
      <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="delivery-counts">
        {parts
          .filter(([n, label]) => n > 0 || label === "sent" || label === "queued")
          .map(([n, label]) => `${n} ${label}`)
          .join(" · ")}{" "}
        of {total}
        {expansion.phase === "preparing" && " · preparing the recipient list…"}
        {expansion.phase === "expanding" && ` · adding recipients (${expansion.expanded} so far)…`}
      </p>
      {retry && (
        <p className="text-xs text-amber-800 dark:text-amber-300" data-testid="delivery-retry">
          {retrying} waiting to retry ({retry.attempts} of {MAX_ATTEMPTS} attempts used at most)
          {retry.nextAttemptAt && (
            <>
              ; next attempt <LocalTime iso={retry.nextAttemptAt} format="time" />
            </>
          )}
          {retry.lastError && "; last error"}
          {retry.lastError && (
            <>
              : <code className="break-all">{retry.lastError}</code>
            </>
          )}
        </p>
      )}
    </div>
  );
}
