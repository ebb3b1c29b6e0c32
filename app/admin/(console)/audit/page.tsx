import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { PageHeader } from "@/components/admin/page-header";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/button";
import { runAction } from "@/server/action-result";
import { listAudit } from "@/server/audit-log";
import { requireAdminPage } from "@/server/auth/session";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const FILTERS = ["entityType", "entityId", "actor", "action", "from", "to"] as const;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requireAdminPage();
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" && params[key] ? (params[key] as string) : undefined);
  const filters = Object.fromEntries(FILTERS.flatMap((key) => (one(key) ? [[key, one(key)!]] : []))) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const result = await runAction(() => listAudit({ ctx, input: { ...filters, actionPrefix: filters.action, cursor: one("cursor") } }));
  const page = result.ok ? result.data : { entries: [], nextCursor: null };
  const entries = page.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }));
  const older = page.nextCursor ? `/admin/audit?${new URLSearchParams({ ...filters, cursor: page.nextCursor }).toString()}` : null;
  const newest = one("cursor") ? `/admin/audit?${new URLSearchParams(filters).toString()}` : null;
  return (
    <>
      <PageHeader title="Audit log" description="Every change, who made it, and what it was before and after. Newest first." />
      <div className="flex flex-col gap-4">
        <AuditFilters values={filters} fieldErrors={result.ok ? undefined : result.fieldErrors} />
        {!result.ok && <FormStatus state={result} />}
        {result.ok && entries.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No entries match these filters.</p>
        ) : (
          entries.length > 0 && <AuditTable entries={entries} />
        )}
        <nav aria-label="Audit log pages" className="flex gap-2">
          {newest && (
            <Link className={buttonClass("secondary", "sm")} href={newest}>
              ← Newest
            </Link>
          )}
          {older && (
            <Link className={buttonClass("secondary", "sm")} href={older}>
              Older entries →
            </Link>
          )}
        </nav>
      </div>
    </>
  );
}
