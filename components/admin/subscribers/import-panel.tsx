"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { ImportJobView } from "@/server/subscriber";
import { HeaderCells } from "@/components/ui/table";

const POLL_MS = 1_000;
const running = (job: ImportJobView | null) => job?.status === "queued" || job?.status === "running";

/**
 * CSV import from a file or pasted text. The body goes to the import route as it is; the server
 * stores it and the worker imports it, so the panel follows the import's progress until its report.
 */
export function ImportPanel({ latest }: { latest: ImportJobView | null }) {
  const [job, setJob] = useState<ImportJobView | null>(latest);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  useEffect(() => {
    if (!job || !running(job)) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/admin/subscribers/import/${encodeURIComponent(job.id)}`, { cache: "no-store" });
        if (!response.ok) return setJob({ ...job });
        const next = (await response.json()) as ImportJobView;
        setJob(next);
        if (!running(next)) router.refresh();
      } catch {
        // Offline for a moment: ask again on the next tick.
        setJob({ ...job });
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, router]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const pasted = String(data.get("pasted") ?? "");
    const body = file instanceof File && file.size > 0 ? file : pasted;
    if (!body || (typeof body === "string" && !body.trim())) {
      setError("Choose a CSV file or paste its contents");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/admin/subscribers/import", { method: "POST", body, headers: { "Content-Type": "text/csv" } });
      const json = await response.json().catch(() => ({ error: `The server answered ${response.status}` }));
      if (!response.ok) {
        setError((json.fieldErrors?.csv as string[] | undefined)?.join(" ") ?? String(json.error));
        return;
      }
      setJob(json as ImportJobView);
      form.reset();
    } catch {
      setError("The upload did not reach the server. Check the connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Import subscribers">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          A CSV file whose first row names an <code>email</code> column and optionally <code>components</code> (component names separated by{" "}
          <code>;</code>), or Statuspage&apos;s subscriber CSV as it exports it (rows like <code>email,jane@example.com,no</code>; its SMS
          and webhook rows are listed as not imported). Every valid new address becomes an active subscriber without a confirmation email.
          Addresses already subscribed are skipped; people who unsubscribed are never re-added. A file that is not valid CSV imports
          nothing. The worker runs the import; you can leave this page meanwhile.
        </p>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          CSV file
          <input
            type="file"
            name="file"
            accept=".csv,text/csv,text/plain"
            className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          …or paste it
          <textarea
            name="pasted"
            rows={5}
            placeholder={"email,components\nann@example.com,API;Dashboard\nbob@example.com,"}
            className={`${controlClass} font-mono`}
          />
        </label>
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Uploading…" : "Import"}
          </Button>
        </div>
      </form>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-200">
          {error}
        </p>
      )}
      {job && <ImportJob job={job} />}
    </div>
  );
}

const count = (n: number) => n.toLocaleString("en");

function ImportJob({ job }: { job: ImportJobView }) {
  if (job.status === "queued") {
    return (
      <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        Import queued ({count(Math.ceil(job.bytes / 1024))} KB); waiting for the worker to start it.
        {job.error && <span className="mt-1 block">{job.error}</span>}
      </p>
    );
  }
  if (job.status === "running") {
    return (
      <div role="status" className="flex flex-col gap-2 text-sm text-slate-800 dark:text-slate-200">
        {job.rows === null ? (
          <p>Checking the file…</p>
        ) : (
          <>
            <p>
              Importing: {count(job.written)} of {count(job.rows)} rows written · imported {count(job.imported)} · rejected{" "}
              {count(job.rejectedCount)}
            </p>
            <progress className="w-full" max={Math.max(job.rows, 1)} value={job.written} aria-label="Import progress" />
          </>
        )}
        {job.error && <p className="text-amber-800 dark:text-amber-300">{job.error}</p>}
      </div>
    );
  }
  if (job.status === "failed") {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-200">
        The import of {new Date(job.createdAt).toLocaleString()} failed: {job.error}
      </p>
    );
  }
  return <ImportReportView job={job} />;
}

function ImportReportView({ job }: { job: ImportJobView }) {
  return (
    <div role="status" className="flex flex-col gap-3">
      <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 dark:bg-green-950/40 dark:text-green-200">
        Import of {new Date(job.createdAt).toLocaleString()} done: imported {count(job.imported)} · already subscribed{" "}
        {count(job.skippedExisting)} · rejected {count(job.rejectedCount)}
      </p>
      {job.rejected.length > 0 && (
        <div className="max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table className="w-full text-sm">
            <caption className="px-3 py-2 text-left text-sm font-medium">
              Rejected rows
              {job.rejectedCount > job.rejected.length ? ` (first ${count(job.rejected.length)} of ${count(job.rejectedCount)})` : ""}
            </caption>
            <thead className="border-y border-slate-200 dark:border-slate-800">
              <tr>
                <HeaderCells
                  className="px-3 py-1.5 text-left text-xs font-medium text-slate-600 uppercase dark:text-slate-400"
                  cells={["Line", "Value", "Reason"]}
                />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {job.rejected.map((row) => (
                <tr key={row.line}>
                  <td className="px-3 py-1.5 tabular-nums">{row.line}</td>
                  <td className="px-3 py-1.5 font-mono break-all">{row.value || <span className="text-slate-500">(empty)</span>}</td>
                  <td className="px-3 py-1.5">{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
