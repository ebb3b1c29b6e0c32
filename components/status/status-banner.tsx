import type { OverallStatus } from "@/server/status/overall";
import { STATUS_STYLE } from "./status-style";

export function StatusBanner({ overall }: { overall: OverallStatus }) {
  const style = STATUS_STYLE[overall.status];
  return (
    <section
      aria-label="Overall status"
      data-status={overall.status}
      className={`flex items-center gap-3 rounded-xl px-5 py-4 text-white shadow-sm ${style.bg}`}
    >
      <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-white/20 text-base font-bold">
        {style.icon}
      </span>
      <h2 className="text-lg font-semibold">{overall.label}</h2>
    </section>
  );
}
