"use client";

import Link from "next/link";
import { Fragment, useState } from "react";
import { LocalTime } from "@/components/time/local-time";
import type { Serialized } from "@/lib/serialized";
import type { AuditEntry } from "@/server/audit-log/list-audit";
import { AuditDiff } from "./audit-diff";
import { HeaderCells } from "@/components/ui/table";

export type AuditRowView = Serialized<AuditEntry>;

const filterLink = (params: Record<string, string>) => `/admin/audit?${new URLSearchParams(params).toString()}`;
const linkClass = "text-blue-700 hover:underline dark:text-blue-400";

/** The log as a dense table; each row expands to its before/after. */
export function AuditTable({ entries }: { entries: AuditRowView[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full border-collapse text-sm">
        <thead className="bg-slate-50 text-left text-xs text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className="w-8 px-2 py-2">
              <span className="sr-only">Details</span>
            </th>
            <HeaderCells className="px-2 py-2 font-semibold" cells={["Time", "Actor", "Action", "Entity"]} />
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const expanded = open.has(e.id);
            return (
              <Fragment key={e.id}>
                <tr className="border-t border-slate-200 align-top dark:border-slate-800">
                  <td className="px-2 py-1.5">
                    <button
                      type="button"
                      onClick={() => toggle(e.id)}
                      aria-expanded={expanded}
                      aria-controls={`audit-${e.id}`}
                      aria-label={`${expanded ? "Hide" : "Show"} changes of ${e.action} on ${e.entityType} ${e.entityId}`}
                      className="inline-flex size-6 items-center justify-center rounded border border-slate-300 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:hover:bg-slate-800"
                    >
                      <span aria-hidden>{expanded ? "−" : "+"}</span>
                    </button>
                  </td>
                  <td className="px-2 py-1.5 whitespace-nowrap">
                    <LocalTime iso={e.createdAt} />
                  </td>
                  <td className="px-2 py-1.5">
                    <Link className={linkClass} href={filterLink({ actor: e.actorId ?? e.actorLabel })}>
                      {e.actorLabel}
                    </Link>
                  </td>
                  <td className="px-2 py-1.5 font-mono text-xs">
                    <Link className={linkClass} href={filterLink({ action: e.action })}>
                      {e.action}
                    </Link>
                  </td>
                  <td className="px-2 py-1.5 text-xs">
                    <Link
                      className={linkClass}
                      href={filterLink({ entityType: e.entityType, entityId: e.entityId })}
                      title="History of this entity"
                    >
                      {e.entityType} <span className="font-mono">{e.entityId}</span>
                    </Link>
                  </td>
                </tr>
                {expanded && (
                  <tr id={`audit-${e.id}`} className="bg-slate-50/60 dark:bg-slate-900/40">
                    <td />
                    <td colSpan={4} className="px-2 pt-1 pb-3">
                      <AuditDiff before={e.before} after={e.after} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
