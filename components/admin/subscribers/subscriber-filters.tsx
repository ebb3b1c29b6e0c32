import Link from "next/link";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { SubscriberList } from "@/server/subscriber";
import { SUBSCRIBER_STATUSES } from "@/lib/domain/statuses";
import { SUBSCRIBER_STATUS_LABEL } from "./status-badge";

type Props = { search?: string; status?: string; counts: SubscriberList["counts"] };

const href = (search: string | undefined, status: string | undefined) => {
  const params = new URLSearchParams();
  if (search) params.set("q", search);
  if (status) params.set("status", status);
  const query = params.toString();
  return `/admin/subscribers${query ? `?${query}` : ""}`;
};

/** A GET form (search lives in the URL) and one tab per status with its count. */
export function SubscriberFilters({ search, status, counts }: Props) {
  const tabs = [
    { value: undefined, label: "All", count: counts.total },
    ...SUBSCRIBER_STATUSES.map((s) => ({ value: s, label: SUBSCRIBER_STATUS_LABEL[s]!, count: counts[s] })),
  ];
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action="/admin/subscribers" role="search" className="flex flex-wrap items-end gap-2">
        {status && <input type="hidden" name="status" value={status} />}
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          Search by address
          <input type="search" name="q" defaultValue={search} placeholder="name@example.com" className={controlClass} />
        </label>
        <Button type="submit" size="md" variant="secondary">
          Search
        </Button>
        {search && (
          <Link
            href={href(undefined, status)}
            className="inline-flex h-9 items-center px-2 text-sm text-slate-700 hover:underline dark:text-slate-300"
          >
            Clear
          </Link>
        )}
      </form>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-1.5">
        {tabs.map((tab) => {
          const current = tab.value === status;
          return (
            <Link
              key={tab.label}
              href={href(search, tab.value)}
              aria-current={current ? "page" : undefined}
              className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${current ? "border-slate-900 bg-slate-900 text-white dark:border-white dark:bg-white dark:text-slate-900" : "border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"}`}
            >
              {tab.label}
              <span className="tabular-nums opacity-75">{tab.count.toLocaleString("en")}</span>
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
