import { LocalTime } from "@/components/time/local-time";
import { DeliveryState } from "./status-badge";

type Row = { id: string; event: string; state: string; attempts: number; lastError: string | null; sentAt: string | null; createdAt: string; recipient: string };

const TH = "px-4 py-2 text-left text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400";
const TD = "px-4 py-2.5 align-top";

/** What was sent to one subscriber (newest first): state, attempts, last error, when it went out. */
export function DeliveryHistory({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">Nothing sent to this subscriber yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            <th scope="col" className={TH}>Event</th>
            <th scope="col" className={TH}>State</th>
            <th scope="col" className={TH}>Attempts</th>
            <th scope="col" className={TH}>Sent</th>
            <th scope="col" className={TH}>Last error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={TD}>
                <span className="font-medium">{row.event}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  queued <LocalTime iso={row.createdAt} format="datetime" />
                </span>
              </td>
              <td className={TD}><DeliveryState state={row.state} /></td>
              <td className={`${TD} tabular-nums`}>{row.attempts}</td>
              <td className={`${TD} whitespace-nowrap`}>{row.sentAt ? <LocalTime iso={row.sentAt} format="datetime" /> : "—"}</td>
              <td className={`${TD} max-w-80 text-xs break-words text-red-800 dark:text-red-300`}>{row.lastError ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
