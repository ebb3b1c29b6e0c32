import Link from "next/link";
import { AdminIcon } from "./icons";

type Tone = "neutral" | "critical" | "warning" | "info";

const DOT: Record<Tone, string> = {
  neutral: "bg-slate-300 dark:bg-slate-600",
  critical: "bg-red-600 dark:bg-red-500",
  warning: "bg-amber-500 dark:bg-amber-400",
  info: "bg-blue-600 dark:bg-blue-400",
};

/** One number that needs attention, linking to where it is dealt with. */
export function StatCard({
  label,
  value,
  detail,
  tone,
  href,
}: {
  label: string;
  value: number;
  detail?: string;
  tone: Tone;
  href: string;
}) {
  return (
    <Link
      href={href}
      className="group rounded-lg border border-slate-200 bg-white p-4 transition-colors hover:border-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-800 dark:bg-slate-900/40 dark:hover:border-slate-700 dark:hover:bg-slate-900"
    >
      <span className="flex items-center gap-2 text-sm font-medium text-slate-600 dark:text-slate-400">
        <span aria-hidden="true" className={`size-2 rounded-full ${DOT[tone]}`} />
        {label}
      </span>
      <span className="mt-2 flex items-baseline gap-1.5">
        <span className="text-2xl font-semibold text-slate-950 tabular-nums dark:text-white">{value}</span>
        {detail && <span className="text-sm text-slate-600 dark:text-slate-400">{detail}</span>}
      </span>
    </Link>
  );
}

/** What a list shows when there is nothing in it; `ok` when nothing is the good news. */
export function EmptyState({ title, children, ok = false }: { title: string; children?: React.ReactNode; ok?: boolean }) {
  return (
    <div className="px-4 py-8 text-center">
      {ok && (
        <span
          aria-hidden="true"
          className="mx-auto mb-2 flex size-8 items-center justify-center rounded-full bg-emerald-50 text-emerald-700 ring-1 ring-emerald-600/20 dark:bg-emerald-950/50 dark:text-emerald-300 dark:ring-emerald-400/30"
        >
          <AdminIcon name="check" />
        </span>
      )}
      <p className="text-sm font-medium text-slate-900 dark:text-slate-100">{title}</p>
      {children && <div className="mt-1 text-sm text-slate-600 dark:text-slate-400">{children}</div>}
    </div>
  );
}
