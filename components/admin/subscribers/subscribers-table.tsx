import Link from "next/link";
import { LocalTime } from "@/components/time/local-time";
import type { SubscriberRow } from "@/server/subscriber";
import { SubscriberStatusBadge } from "./status-badge";

const TH = "px-4 py-2 text-left text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400";
const TD = "px-4 py-2.5 align-top";
const SOURCE: Record<string, string> = { signup: "Sign-up", import: "Import", admin: "Added by admin" };

export function SubscribersTable({ rows }: { rows: Array<Omit<SubscriberRow, "createdAt"> & { createdAt: string }> }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            <th scope="col" className={TH}>Address</th>
            <th scope="col" className={TH}>Status</th>
            <th scope="col" className={TH}>Components</th>
            <th scope="col" className={TH}>Source</th>
            <th scope="col" className={TH}>Since</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${TD} max-w-72 break-all`}>
                <Link href={`/admin/subscribers/${row.id}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">{row.email}</Link>
                {row.suppressReason && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{row.suppressReason}</p>}
              </td>
              <td className={TD}><SubscriberStatusBadge status={row.status} /></td>
              <td className={`${TD} text-slate-700 dark:text-slate-300`}>{row.components.length ? row.components.join(", ") : <span className="text-slate-500">All</span>}</td>
              <td className={`${TD} whitespace-nowrap text-slate-700 dark:text-slate-300`}>{SOURCE[row.source] ?? row.source}</td>
              <td className={`${TD} whitespace-nowrap text-slate-700 dark:text-slate-300`}><LocalTime iso={row.createdAt} format="date" /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
