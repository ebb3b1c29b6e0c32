import type { DayUptime } from "@/lib/domain/daily-uptime";
import { uptimeOf } from "@/lib/domain/daily-uptime";
import { formatUptime } from "@/lib/domain/uptime-format";
import { fill, messages, plural, type Language } from "@/lib/i18n";

// Each width tier shows its own span and the uptime over exactly the days on screen; the full range uses
// the figure computed on the server. Styles: components/status/uptime.css (one short class per element, as
// the legend repeats for every component).
const TIERS = [
  { days: 30, className: "narrow" },
  { days: 60, className: "medium" },
  { days: Infinity, className: "wide" },
];

const ALL = [{ days: Infinity, className: "all" }];

/** `all`: every day is on screen at any width (component pages), so one span and one figure. */
export function UptimeLegend({
  days,
  uptime,
  all = false,
  lang,
}: {
  days: DayUptime[];
  uptime: number | null;
  all?: boolean;
  lang: Language;
}) {
  const m = messages(lang).uptime;
  const tiers = (all ? ALL : TIERS).map((tier) => {
    const count = Math.min(tier.days, days.length);
    const value = count === days.length ? uptime : uptimeOf(days.slice(-count));
    return { ...tier, count, value };
  });
  return (
    <div className="uptime-legend">
      <span>
        {tiers.map((tier) => (
          <span key={tier.days} className={tier.className}>
            {tier.count === 1 ? m.today : plural(lang, m.daysAgo, tier.count)}
          </span>
        ))}
      </span>
      <span aria-hidden />
      <span className="figure">
        {tiers.map((tier) => (
          <span key={tier.days} className={tier.className}>
            {tier.value === null ? m.noData : fill(m.figure, { value: formatUptime(tier.value) })}
          </span>
        ))}
      </span>
      <span aria-hidden />
      <span>{m.today}</span>
    </div>
  );
}
