import Link from "next/link";
import { LocalTime } from "@/components/time/local-time";
import type { Serialized } from "@/lib/serialized";
import type { SubscriberRow } from "@/server/subscriber";
import { SubscriberStatusBadge } from "./status-badge";
import { AdminTable, CELL_TOP } from "@/components/admin/admin-table";

const SOURCE: Record<string, string> = { signup: "Sign-up", import: "Import", admin: "Added by admin" };

export function SubscribersTable({ rows }: { rows: Array<Serialized<SubscriberRow>> }) {
  return (
    <AdminTable columns={["Address", "Status", "Components", "Source", "Since"]}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td className={`${CELL_TOP} max-w-72 break-all`}>
            <Link href={`/admin/subscribers/${row.id}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
              {row.email}
            </Link>
            {row.suppressReason && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{row.suppressReason}</p>}
          </td>
          <td className={CELL_TOP}>
            <SubscriberStatusBadge status={row.status} />
          </td>
          <td className={`${CELL_TOP} text-slate-700 dark:text-slate-300`}>
            {row.incident ? (
              <span>Follows “{row.incident.title}”</span>
            ) : row.components.length ? (
              row.components.join(", ")
            ) : (
              <span className="text-slate-500">All</span>
            )}
          </td>
          <td className={`${CELL_TOP} whitespace-nowrap text-slate-700 dark:text-slate-300`}>{SOURCE[row.source] ?? row.source}</td>
          <td className={`${CELL_TOP} whitespace-nowrap text-slate-700 dark:text-slate-300`}>
            <LocalTime iso={row.createdAt} format="date" />
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
