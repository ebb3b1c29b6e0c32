import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { ROLE_DESCRIPTION, RoleBadge } from "@/components/admin/role-badge";
import { buttonClass } from "@/components/ui/button";
import { requireAdminPage } from "@/server/auth/session";
import { signOutAction } from "../../actions";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const { actor } = await requireAdminPage();
  const { password } = await searchParams;
  return (
    <>
      <PageHeader title="Account" description="Your profile, password and session." />
      <div className="grid max-w-3xl gap-6">
        <Panel title="Profile">
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 px-4 py-4 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Name</dt>
            <dd className="font-medium">{actor.name}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Email</dt>
            <dd className="font-medium">{actor.email}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Role</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <RoleBadge role={actor.role} />
              <span className="text-slate-600 dark:text-slate-400">{ROLE_DESCRIPTION[actor.role]}</span>
            </dd>
          </dl>
        </Panel>
        <Panel title="Change password">
          <div className="flex flex-col gap-4 px-4 py-4">
            {password === "changed" && (
              <p
                role="status"
                className="max-w-sm rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 dark:bg-green-950/40 dark:text-green-200"
              >
                Password changed. Your other sessions were signed out.
              </p>
            )}
            <ChangePasswordForm action={changePasswordAction} />
          </div>
        </Panel>
        <Panel title="Session">
          <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 text-sm">
            <p className="text-slate-600 dark:text-slate-400">
              Sign out of this browser. Changing your password signs out every other session.
            </p>
            <form action={signOutAction}>
              <button type="submit" className={buttonClass("secondary")}>
                Sign out
              </button>
            </form>
          </div>
        </Panel>
      </div>
    </>
  );
}
