import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { RowAction } from "@/components/admin/team/row-action";
import { TokenForm } from "@/components/admin/tokens/token-form";
import { LocalTime } from "@/components/time/local-time";
import { env } from "@/lib/env";
import { listApiTokens } from "@/server/api-token";
import { requireAdminPage } from "@/server/auth/session";
import { createTokenAction, revokeTokenAction } from "./actions";
import { AdminTable, CELL } from "@/components/admin/admin-table";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const ctx = await requireAdminPage("token:write");
  const tokens = await listApiTokens({ ctx });
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Bearer tokens for the management API (
            <a className="text-blue-700 hover:underline dark:text-blue-400" href="/api/admin/v1/openapi.json">
              OpenAPI document
            </a>
            ). Changes made with a token are validated and audited like the console&apos;s.
          </>
        }
      />
      <Panel title="Create a token" className="mb-6">
        <div className="px-4 py-4">
          <TokenForm action={createTokenAction} />
          <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
            Post an update from a monitoring system:{" "}
            <code className="font-mono break-all">
              curl -X POST -H &quot;Authorization: Bearer $TOKEN&quot; -H &quot;Content-Type: application/json&quot; -d &apos;
              {`{"status":"identified","body":"…"}`}&apos; {env.baseUrl}/api/admin/v1/incidents/INCIDENT_ID/updates
            </code>
          </p>
        </div>
      </Panel>
      <Panel title="Tokens">
        {tokens.length === 0 ? (
          <EmptyState title="No tokens yet">Create one above for scripts and monitoring systems.</EmptyState>
        ) : (
          <AdminTable columns={["Name", "Scope", "Created", "Last used", "State", null]}>
            {tokens.map((token) => {
              return (
                <tr key={token.id} data-token={token.name}>
                  <td className={CELL}>
                    <span className="font-medium">{token.name}</span>
                    <span className="ml-2 font-mono text-xs text-slate-600 dark:text-slate-400">{token.prefix}…</span>
                  </td>
                  <td className={CELL}>{token.scopes.includes("write") ? "Read and write" : "Read only"}</td>
                  <td className={CELL}>
                    <LocalTime iso={token.createdAt.toISOString()} />
                    {token.userName && <span className="text-slate-600 dark:text-slate-400"> by {token.userName}</span>}
                  </td>
                  <td className={CELL}>{token.lastUsedAt ? <LocalTime iso={token.lastUsedAt.toISOString()} /> : "Never"}</td>
                  <td className={CELL}>
                    {token.state === "revoked" ? (
                      "Revoked"
                    ) : token.state === "expired" ? (
                      "Expired"
                    ) : token.expiresAt ? (
                      <>
                        Active until <LocalTime iso={token.expiresAt.toISOString()} />
                      </>
                    ) : (
                      "Active"
                    )}
                  </td>
                  <td className={`${CELL} text-right`}>
                    {!token.revokedAt && (
                      <RowAction
                        action={revokeTokenAction}
                        fields={{ tokenId: token.id }}
                        verb="revoke"
                        subject={token.name}
                        confirm={`Revoke “${token.name}”? Requests using it fail at once.`}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </AdminTable>
        )}
      </Panel>
    </>
  );
}
