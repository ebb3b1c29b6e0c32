import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The list a detail page belongs to, linked above the title ("← Incidents"). */
  back?: { href: string; label: string };
};

/** The top of every console page: title, one line of context, and the page's main actions. */
export function PageHeader({ title, description, actions, back }: Props) {
  return (
    <>
      {back && (
        <p className="mb-2 text-sm">
          <Link href={back.href} className="text-blue-700 hover:underline dark:text-blue-400">
            ← {back.label}
          </Link>
        </p>
      )}
      <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-3 border-b border-slate-200 pb-5 dark:border-slate-800">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-slate-950 dark:text-white">{title}</h1>
          {description && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
    </>
  );
}

/** A bordered panel with an optional heading row. */
export function Panel({
  title,
  actions,
  children,
  className = "",
}: {
  title?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      className={`rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900/40 ${className}`}
      aria-label={title}
    >
      {title && (
        <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-4 py-2.5 dark:border-slate-800">
          <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
