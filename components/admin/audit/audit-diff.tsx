"use client";

import { useState } from "react";
import { diffEntries, showValue, type DiffRow } from "./diff";
import { HeaderCells } from "@/components/ui/table";

const TONE: Record<DiffRow["change"], string> = {
  added: "bg-green-50 dark:bg-green-950/30",
  removed: "bg-red-50 dark:bg-red-950/30",
  changed: "bg-amber-50 dark:bg-amber-950/30",
  same: "",
};

/** Before and after side by side, changed fields first-class; unchanged ones on request. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const [showSame, setShowSame] = useState(false);
  const rows = diffEntries(before, after);
  if (rows.length === 0) return <p className="text-xs text-slate-600 dark:text-slate-400">No details were recorded.</p>;
  const same = rows.filter((r) => r.change === "same").length;
  const shown = showSame ? rows : rows.filter((r) => r.change !== "same");
  return (
    <div className="flex flex-col gap-2">
      {shown.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">No field changed.</p>
      ) : (
        <table className="w-full table-fixed border-collapse text-xs">
          <thead>
            <tr className="text-left text-slate-600 dark:text-slate-400">
              <HeaderCells
                className="py-1 font-medium"
                cells={[{ label: "Field", className: "w-40 pr-2" }, { label: "Before", className: "pr-2" }, "After"]}
              />
            </tr>
          </thead>
          <tbody className="font-mono">
            {shown.map((row) => (
              <tr key={row.key} className={`border-t border-slate-200 align-top dark:border-slate-800 ${TONE[row.change]}`}>
                <th scope="row" className="py-1 pr-2 text-left font-medium break-words">
                  {row.key}
                  {row.change !== "same" && (
                    <span className="ml-1 font-sans font-normal text-slate-600 dark:text-slate-400">({row.change})</span>
                  )}
                </th>
                <td className="py-1 pr-2 break-words whitespace-pre-wrap">{showValue(row.before)}</td>
                <td className="py-1 break-words whitespace-pre-wrap">{showValue(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {same > 0 && (
        <button
          type="button"
          onClick={() => setShowSame((v) => !v)}
          className="self-start text-xs font-medium text-blue-700 hover:underline dark:text-blue-400"
        >
          {showSame ? "Hide unchanged fields" : `Show ${same} unchanged ${same === 1 ? "field" : "fields"}`}
        </button>
      )}
    </div>
  );
}
