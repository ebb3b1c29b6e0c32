"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { ImportReport } from "@/server/subscriber";

type Outcome = { ok: true; report: ImportReport } | { ok: false; error: string } | null;

/**
 * CSV import from a file or pasted text. The body goes to the import route as it is (the server
 * reads it as a stream); the answer is the report, or why the file was refused as a whole.
 */
export function ImportPanel() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const pasted = String(data.get("pasted") ?? "");
    const body = file instanceof File && file.size > 0 ? file : pasted;
    if (!body || (typeof body === "string" && !body.trim())) {
      setOutcome({ ok: false, error: "Choose a CSV file or paste its contents" });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const response = await fetch("/admin/subscribers/import", { method: "POST", body, headers: { "Content-Type": "text/csv" } });
      const json = await response.json().catch(() => ({ error: `The server answered ${response.status}` }));
      if (!response.ok) {
        setOutcome({ ok: false, error: (json.fieldErrors?.csv as string[] | undefined)?.join(" ") ?? String(json.error) });
        return;
      }
      setOutcome({ ok: true, report: json as ImportReport });
      router.refresh();
    } catch {
      setOutcome({ ok: false, error: "The upload did not reach the server. Check the connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Import subscribers">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          A CSV file whose first row names an <code>email</code> column and optionally <code>components</code> (component names separated by{" "}
          <code>;</code>). Every valid new address becomes an active subscriber without a confirmation email. Addresses already subscribed
          are skipped; people who unsubscribed are never re-added. A file that is not valid CSV imports nothing.
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
            {pending ? "Importing…" : "Import"}
          </Button>
        </div>
      </form>
      {outcome && !outcome.ok && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-200">
          {outcome.error}
        </p>
      )}
      {outcome?.ok && <ImportReportView report={outcome.report} />}
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div role="status" className="flex flex-col gap-3">
      <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 dark:bg-green-950/40 dark:text-green-200">
        Imported {report.imported.toLocaleString("en")} · already subscribed {report.skippedExisting.toLocaleString("en")} · rejected{" "}
        {report.rejectedCount.toLocaleString("en")}
      </p>
      {report.rejected.length > 0 && (
        <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table className="w-full text-sm">
            <caption className="px-3 py-2 text-left text-sm font-medium">
              Rejected rows
              {report.rejectedCount > report.rejected.length
                ? ` (first ${report.rejected.length.toLocaleString("en")} of ${report.rejectedCount.toLocaleString("en")})`
                : ""}
            </caption>
            <thead className="border-y border-slate-200 dark:border-slate-800">
              <tr>
                <th scope="col" className="px-3 py-1.5 text-left text-xs font-medium text-slate-600 uppercase dark:text-slate-400">
                  Line
                </th>
                <th scope="col" className="px-3 py-1.5 text-left text-xs font-medium text-slate-600 uppercase dark:text-slate-400">
                  Value
                </th>
                <th scope="col" className="px-3 py-1.5 text-left text-xs font-medium text-slate-600 uppercase dark:text-slate-400">
                  Reason
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {report.rejected.map((row) => (
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
