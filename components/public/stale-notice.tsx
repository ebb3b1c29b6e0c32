import { LocalTime } from "@/components/time/local-time";

/** Shown when the database could not be reached: what customers see is the last good content. */
export function StaleNotice({ asOf }: { asOf: string }) {
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      Live updates are delayed. Showing the status as of <LocalTime iso={asOf} format="datetime" />.
    </div>
  );
}
