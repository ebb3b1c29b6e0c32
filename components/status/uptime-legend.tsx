import type { DayUptime } from "@/server/uptime/daily-uptime";
import { uptimeOf } from "@/server/uptime/daily-uptime";
import { formatUptime } from "@/server/uptime/format";

// Each width tier shows its own span and the uptime over exactly the days on screen; the full range uses
// the figure computed on the server.
const TIERS = [
  { days: 30, className: "@md:hidden" },
  { days: 60, className: "hidden @md:inline @2xl:hidden" },
  { days: Infinity, className: "hidden @2xl:inline" },
];

export function UptimeLegend({ days, uptime }: { days: DayUptime[]; uptime: number | null }) {
  const tiers = TIERS.map((tier) => {
    const count = Math.min(tier.days, days.length);
    const value = count === days.length ? uptime : uptimeOf(days.slice(-count));
    return { ...tier, count, value };
  });
  return (
    <div className="mt-2 flex items-center gap-2 text-xs @md:gap-3 text-slate-600 dark:text-slate-400">
      <span className="shrink-0">
        {tiers.map((tier) => (
          <span key={tier.days} className={tier.className}>
            {tier.count === 1 ? "Today" : `${tier.count} days ago`}
          </span>
        ))}
      </span>
      <span aria-hidden className="h-px min-w-0 flex-1 bg-slate-200 dark:bg-slate-800" />
      <span className="shrink-0 font-medium text-slate-700 tabular-nums dark:text-slate-300">
        {tiers.map((tier) => (
          <span key={tier.days} className={tier.className}>
            {tier.value === null ? "No data" : `${formatUptime(tier.value)} uptime`}
          </span>
        ))}
      </span>
      <span aria-hidden className="h-px min-w-0 flex-1 bg-slate-200 dark:bg-slate-800" />
      <span className="shrink-0">Today</span>
    </div>
  );
}
