import Link from "next/link";
import type { ReactNode } from "react";
import { BrandMark } from "./icons";

/** The frame of the signed-out pages (login, setup, invitation): brand, heading, one card. */
export function AuthCard({
  pageName,
  title,
  description,
  children,
  footer,
}: {
  pageName: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center bg-slate-50 px-4 py-12 dark:bg-[#0b0f14]">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center">
          <BrandMark className="size-10" />
          <p className="mt-3 text-sm font-medium text-slate-600 dark:text-slate-400">{pageName}</p>
          <h1 className="mt-1 text-xl font-semibold tracking-tight text-slate-950 dark:text-white">{title}</h1>
          {description && <div className="mt-2 text-sm text-slate-600 dark:text-slate-400">{description}</div>}
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900/60">
          {children}
        </div>
        <div className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
          {footer ?? (
            <Link
              href="/"
              className="rounded hover:text-slate-950 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:hover:text-white"
            >
              ← Back to the status page
            </Link>
          )}
        </div>
      </div>
    </main>
  );
}

/** A full-width message in place of a form (bad link, already done…). */
export function AuthNotice({ tone = "info", children }: { tone?: "info" | "error"; children: ReactNode }) {
  const style =
    tone === "error"
      ? "bg-red-50 text-red-900 ring-red-600/20 dark:bg-red-950/40 dark:text-red-100 dark:ring-red-400/30"
      : "bg-slate-50 text-slate-800 ring-slate-600/15 dark:bg-slate-800/60 dark:text-slate-200 dark:ring-slate-400/20";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-lg px-4 py-3 text-sm ring-1 ring-inset ${style}`}>
      {children}
    </div>
  );
}
