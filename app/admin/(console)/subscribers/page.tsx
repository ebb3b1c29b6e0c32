import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { AddSubscriberForm } from "@/components/admin/subscribers/add-subscriber-form";
import { ImportPanel } from "@/components/admin/subscribers/import-panel";
import { SubscriberFilters } from "@/components/admin/subscribers/subscriber-filters";
import { SubscribersTable } from "@/components/admin/subscribers/subscribers-table";
import { buttonClass } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { runAction } from "@/server/action-result";
import { can, requireAdminPage } from "@/server/auth/session";
import { listChoosableComponents, listSubscriberImports, listSubscribers, SubscriberStatus } from "@/server/subscriber";
import { addSubscriberAction } from "./actions";

export const metadata: Metadata = { title: "Subscribers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SubscribersPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requireAdminPage();
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" && params[key] ? (params[key] as string) : undefined);
  const search = one("q");
  const status = SubscriberStatus.safeParse(one("status")).data;
  const cursor = one("cursor");
  const canWrite = can(ctx, "subscriber:write");
  const [result, components, imports] = await Promise.all([
    runAction(() => listSubscribers({ ctx, input: { search, status, cursor } })),
    canWrite ? listChoosableComponents({ ctx }) : Promise.resolve([]),
    canWrite ? listSubscriberImports({ ctx }) : Promise.resolve([]),
  ]);
  const list = result.ok ? result.data : null;
  const query = (extra: Record<string, string>) =>
    `/admin/subscribers?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(status ? { status } : {}), ...extra })}`;

  return (
    <>
      <PageHeader
        title="Subscribers"
        description={
          canWrite
            ? "Who gets email about incidents and maintenance. Only active subscribers are mailed."
            : "Who gets email about incidents and maintenance. You have read-only access."
        }
        actions={
          canWrite && (
            <a href="/admin/subscribers/export" className={buttonClass("secondary")} download>
              Export CSV
            </a>
          )
        }
      />
      {one("removed") && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 dark:bg-green-950/40 dark:text-green-200">
          Subscriber removed.
        </p>
      )}
      <div className="flex flex-col gap-6">
        {list && <SubscriberFilters search={search} status={status} counts={list.counts} />}
        {!result.ok && <FormStatus state={result} />}
        <Panel title={status ? `${list?.counts[status] ?? 0} ${status}` : `${list?.counts.total ?? 0} subscribers`}>
          {list && list.items.length > 0 ? (
            <SubscribersTable
              rows={list.items.map((row) => ({
                ...row,
                createdAt: row.createdAt.toISOString(),
                confirmedAt: row.confirmedAt?.toISOString() ?? null,
              }))}
            />
          ) : (
            <EmptyState title={search || status ? "No subscribers match" : "No subscribers yet"}>
              {search || status
                ? "Try another search or status."
                : "Visitors subscribe from the public page; you can also add or import them here."}
            </EmptyState>
          )}
        </Panel>
        {(cursor || list?.nextCursor) && (
          <nav aria-label="Subscriber pages" className="flex gap-2">
            {cursor && (
              <Link className={buttonClass("secondary", "sm")} href={query({})}>
                ← Newest
              </Link>
            )}
            {list?.nextCursor && (
              <Link className={buttonClass("secondary", "sm")} href={query({ cursor: list.nextCursor })}>
                Older →
              </Link>
            )}
          </nav>
        )}
        {canWrite && (
          <div className="grid gap-6 lg:grid-cols-2">
            <Panel title="Add a subscriber">
              <div className="p-4">
                <AddSubscriberForm components={components} action={addSubscriberAction} />
              </div>
            </Panel>
            <Panel title="Import from CSV">
              <div className="p-4">
                <ImportPanel latest={imports[0] ?? null} />
              </div>
            </Panel>
          </div>
        )}
      </div>
    </>
  );
}
