import type { ReactNode } from "react";

/** Cell classes for rows of an AdminTable: middle-aligned, or top-aligned for multi-line rows. */
export const CELL = "px-4 py-2.5 align-middle";
export const CELL_TOP = "px-4 py-2.5 align-top";

const TH = "px-4 py-2 text-left text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400";

/** The console's list table: scrolls sideways on phones; `null` heads an unlabeled actions column (named for screen readers). */
export function AdminTable({ columns, children }: { columns: Array<string | null>; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            {columns.map((column, index) =>
              column === null ? (
                <th key={index} scope="col" className={`${TH} text-right`}>
                  <span className="sr-only">Actions</span>
                </th>
              ) : (
                <th key={index} scope="col" className={TH}>
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}
