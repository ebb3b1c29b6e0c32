import { LocalTime } from "@/components/time/local-time";
import { DeliveryState } from "./status-badge";
import { AdminTable, CELL_TOP } from "@/components/admin/admin-table";

type Row = {
  id: string;
  event: string;
  state: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  recipient: string;
};

/** What was sent to one subscriber (newest first): state, attempts, last error, when it went out. */
export function DeliveryHistory({ rows }: { rows: Row[] }) {
  if (rows.length === 0)
    return <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">Nothing sent to this subscriber yet.</p>;
  return (
    <AdminTable columns={["Event", "State", "Attempts", "Sent", "Last error"]}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td className={CELL_TOP}>
            <span className="font-medium">{row.event}</span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              queued <LocalTime iso={row.createdAt} format="datetime" />
            </span>
          </td>
          <td className={CELL_TOP}>
            <DeliveryState state={row.state} />
          </td>
          <td className={`${CELL_TOP} tabular-nums`}>{row.attempts}</td>
          <td className={`${CELL_TOP} whitespace-nowrap`}>{row.sentAt ? <LocalTime iso={row.sentAt} format="datetime" /> : "—"}</td>
          <td className={`${CELL_TOP} max-w-80 text-xs break-words text-red-800 dark:text-red-300`}>{row.lastError ?? ""}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
