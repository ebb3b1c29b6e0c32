import type { OverallStatus } from "@/server/status/overall";
import { messages, type Language } from "@/lib/i18n";
import { STATUS_STYLE } from "./status-style";

// The label is the page language's, not the snapshot's (English) `overall.label`.
export function StatusBanner({ overall, lang }: { overall: OverallStatus; lang: Language }) {
  const m = messages(lang);
  const style = STATUS_STYLE[overall.status];
  return (
    <section
      aria-label={m.home.overallLabel}
      data-status={overall.status}
      className={`flex items-center gap-3 rounded-xl px-5 py-4 text-white shadow-sm ${style.bg}`}
    >
      <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-white/20 text-base font-bold">
        {style.icon}
      </span>
      <h2 className="text-lg font-semibold">{m.overall[overall.status]}</h2>
    </section>
  );
}
