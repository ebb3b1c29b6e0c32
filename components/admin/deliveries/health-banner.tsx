import type { LiveDashboard } from "./use-live-dashboard";
import { LocalTime } from "@/components/time/local-time";

const seconds = (fromIso: string | null, nowIso: string) =>
  fromIso ? Math.round((Date.parse(fromIso) - Date.parse(nowIso)) / 1000) : null;

/** Worker and SMTP health in words: what stops mail right now, since when, and what happens next. */
export function HealthBanner({ health, now }: { health: LiveDashboard["health"]; now: string }) {
  const { smtp } = health;
  const workerDown = health.alive === 0;
  if (!smtp && !workerDown) {
    return (
      <p data-testid="delivery-health" className="text-sm text-green-800 dark:text-green-300">
        {health.alive} worker{health.alive === 1 ? "" : "s"} running; the mail server accepts connections.
      </p>
    );
  }
  const nextIn = seconds(smtp?.nextProbeAt ?? null, now);
  return (
    <div
      data-testid="delivery-health"
      role="status"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200"
    >
      {workerDown && (
        <p>
          <strong>
            {health.silentForS === null ? "No delivery worker has run yet." : `No worker heartbeat for ${health.silentForS} s.`}
          </strong>{" "}
          Nothing is being sent: start one with <code>npm run worker</code> (or check its logs). Queued mail is kept.
        </p>
      )}
      {smtp && !workerDown && (
        <p>
          <strong>SMTP server unreachable</strong>
          {smtp.since && (
            <>
              {" "}
              since <LocalTime iso={smtp.since} format="time" />
            </>
          )}
          {smtp.consecutiveFailures > 0 && (
            <>
              {" "}
              ({smtp.consecutiveFailures} failed connection{smtp.consecutiveFailures === 1 ? "" : "s"})
            </>
          )}
          .
          {smtp.lastError && (
            <>
              {" "}
              Last error: <code className="break-all">{smtp.lastError}</code>.
            </>
          )}{" "}
          {smtp.state === "half_open"
            ? "Probing now."
            : nextIn !== null && (
                <>
                  Next try {nextIn > 0 ? `in ${nextIn} s` : "now"} (<LocalTime iso={smtp.nextProbeAt!} format="time" />
                  ).
                </>
              )}{" "}
          Messages keep their attempts while the server is down.
        </p>
      )}
    </div>
  );
}
