import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { RoleBadge } from "@/components/admin/role-badge";
import { EmptyState } from "@/components/admin/stat-card";
import { InviteForm } from "@/components/admin/team/invite-form";
import { RoleForm } from "@/components/admin/team/role-form";
import { RowAction } from "@/components/admin/team/row-action";
import { Avatar } from "@/components/admin/user-card";
import { LocalTime } from "@/components/time/local-time";
import { ROLES, Role } from "@/server/auth/permissions";
import { can, requireAdminPage } from "@/server/auth/session";
import { listTeam } from "@/server/team";
import { changeRoleAction, disableUserAction, enableUserAction, inviteAction, revokeInviteAction } from "./actions";
import { AdminTable, CELL } from "@/components/admin/admin-table";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const ctx = await requireAdminPage();
  const { members, invitations } = await listTeam({ ctx });
  const me = ctx.actor;
  const canWrite = can(ctx, "team:write");
  const isOwner = me.role === "owner";
  const grantable = isOwner ? [...ROLES] : ROLES.filter((role) => role !== "owner");
  // UI hints only: every verb checks the same rules again.
  const mayManage = (role: string) => canWrite && (role !== "owner" || isOwner);

  return (
    <>
      <PageHeader
        title="Team"
        description={
          canWrite
            ? "Who can use the admin console, with which role."
            : "Who can use the admin console. You have read-only access to the team."
        }
      />

      {canWrite && (
        <Panel title="Invite someone" className="mb-6">
          <div className="px-4 py-4">
            <InviteForm action={inviteAction} roles={grantable} />
          </div>
        </Panel>
      )}

      <Panel title={`Members (${members.length})`}>
        <AdminTable columns={["Member", "Role", "Last active", null]}>
          {members.map((member) => {
            const role = Role.catch("viewer").parse(member.role);
            const self = member.id === me.id;
            return (
              <tr key={member.id} data-member={member.email} className={member.disabledAt ? "bg-slate-50 dark:bg-slate-900/60" : undefined}>
                <td className={CELL}>
                  <div className="flex items-center gap-2.5">
                    <Avatar name={member.name} />
                    <div className="min-w-0">
                      <p className="truncate font-medium text-slate-900 dark:text-slate-100">
                        {member.name}
                        {self && <span className="ml-1.5 text-xs font-normal text-slate-600 dark:text-slate-400">(you)</span>}
                        {member.disabledAt && (
                          <span className="ml-1.5 rounded bg-slate-200 px-1.5 py-px text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                            Disabled
                          </span>
                        )}
                      </p>
                      <p className="truncate text-xs text-slate-600 dark:text-slate-400">{member.email}</p>
                    </div>
                  </div>
                </td>
                <td className={CELL}>
                  {mayManage(role) && !member.disabledAt ? (
                    <RoleForm
                      action={changeRoleAction}
                      userId={member.id}
                      name={member.name}
                      role={role}
                      roles={grantable.includes(role) ? grantable : [role, ...grantable]}
                    />
                  ) : (
                    <RoleBadge role={role} />
                  )}
                </td>
                <td className={`${CELL} text-xs whitespace-nowrap text-slate-600 dark:text-slate-400`}>
                  {member.lastActiveAt ? <LocalTime iso={member.lastActiveAt.toISOString()} format="relative" /> : "No active session"}
                </td>
                <td className={`${CELL} text-right`}>
                  {mayManage(role) &&
                    !self &&
                    (member.disabledAt ? (
                      <RowAction action={enableUserAction} fields={{ userId: member.id }} verb="enable" />
                    ) : (
                      <RowAction
                        action={disableUserAction}
                        fields={{ userId: member.id }}
                        verb="disable"
                        confirm={`Disable ${member.name}? They are signed out at once and cannot sign in until enabled again.`}
                      />
                    ))}
                </td>
              </tr>
            );
          })}
        </AdminTable>
      </Panel>

      <Panel title="Pending invitations" className="mt-6">
        {invitations.length === 0 ? (
          <EmptyState title="No pending invitations" />
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {invitations.map((invitation) => {
              const role = Role.catch("viewer").parse(invitation.role);
              return (
                <li
                  key={invitation.id}
                  data-invitation={invitation.email}
                  className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm"
                >
                  <span className="min-w-0 flex-1 truncate font-medium">{invitation.email}</span>
                  <RoleBadge role={role} />
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    {invitation.expired ? (
                      "Expired"
                    ) : (
                      <>
                        Expires <LocalTime iso={invitation.expiresAt.toISOString()} format="date" />
                      </>
                    )}
                  </span>
                  {mayManage(role) && (
                    <RowAction
                      action={revokeInviteAction}
                      fields={{ invitationId: invitation.id }}
                      verb="revoke"
                      confirm={`Revoke the invitation for ${invitation.email}? Its link stops working.`}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Panel>
    </>
  );
}
