import type { ReactNode } from "react";

/** The frame of the subscription pages: a heading, a line of context, then the content. */
export function PublicCard({ title, description, children }: { title: string; description?: ReactNode; children?: ReactNode }) {
  return (
    <section
      className="flex flex-col gap-5 rounded-xl border border-slate-200 p-5 shadow-sm sm:p-6 dark:border-slate-800"
      aria-labelledby="card-title"
    >
      <header className="flex flex-col gap-1.5">
        <h1 id="card-title" className="text-xl font-bold tracking-tight">
          {title}
        </h1>
        {description && <div className="text-sm text-slate-700 dark:text-slate-300">{description}</div>}
      </header>
      {children}
    </section>
  );
}

/** A result that replaces a form: done, or what went wrong. */
export function Notice({ tone, children }: { tone: "ok" | "error" | "info"; children: ReactNode }) {
  const style = {
    ok: "border-green-300 bg-green-50 text-green-950 dark:border-green-800 dark:bg-green-950/40 dark:text-green-100",
    error: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100",
    info: "border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200",
  }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-lg border px-4 py-3 text-sm ${style}`}>
      {children}
    </div>
  );
}

export const linkClass = "font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-400";
