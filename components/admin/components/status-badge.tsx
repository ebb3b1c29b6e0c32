import { STATUS_STYLE } from "@/components/status/status-style";
import { COMPONENT_STATUS_LABEL } from "@/lib/domain/labels";
import { worstStatus } from "@/lib/domain/statuses";

/** The component's current status with icon and text; "set by hand" when it no longer follows incidents. */
export function StatusBadge({ status, statusSource }: { status: string; statusSource: string }) {
  const known = worstStatus([status]);
  const style = STATUS_STYLE[known];
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap ${style.text}`}>
      <span aria-hidden>{style.icon}</span>
      {COMPONENT_STATUS_LABEL[known]}
      {statusSource === "manual" && (
        <span className="rounded bg-amber-100 px-1 text-[11px] text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">set by hand</span>
      )}
    </span>
  );
}

export function Tag({ children }: { children: React.ReactNode }) {
  return (
    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">
      {children}
    </span>
  );
}
