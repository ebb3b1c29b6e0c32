import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, AuthNotice } from "@/components/admin/auth-card";
import { NewAccountForm } from "@/components/admin/new-account-form";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "@/components/admin/role-badge";
import { buttonClass } from "@/components/ui/button";
import { getAdminCtx } from "@/server/auth/session";
import { findInvitation } from "@/server/team";
import { publicPageName } from "../page-name";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Join the team" };

const PROBLEM = {
  invalid: "This invitation link is not valid. It may have been revoked or replaced by a newer one.",
  expired: "This invitation has expired (invitations last 7 days).",
  accepted: "This invitation was already used.",
} as const;

export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : undefined;
  const ctx = await getAdminCtx();
  const [pageName, invitation] = await Promise.all([publicPageName(), findInvitation(ctx.db, value)]);

  if (invitation.state !== "valid") {
    return (
      <AuthCard pageName={pageName} title="This invitation does not work">
        <AuthNotice tone={invitation.state === "accepted" ? "info" : "error"}>
          <p className="font-medium">{PROBLEM[invitation.state]}</p>
          <p className="mt-1">
            {invitation.state === "accepted"
              ? "Sign in with the account you created."
              : "Ask an owner or admin of the team for a new invitation."}
          </p>
        </AuthNotice>
        {invitation.state === "accepted" && (
          <Link href="/admin/login" className={`${buttonClass("primary")} mt-4 w-full`}>
            Go to sign in
          </Link>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      pageName={pageName}
      title="Join the team"
      description={
        <>
          You are invited as <strong className="font-semibold text-slate-900 dark:text-slate-100">{ROLE_LABEL[invitation.role]}</strong> (
          {ROLE_DESCRIPTION[invitation.role].toLowerCase()}).
        </>
      }
    >
      <NewAccountForm
        action={acceptInviteAction}
        token={value!}
        email={invitation.email}
        submitLabel="Create account and sign in"
        pendingLabel="Creating account…"
      />
    </AuthCard>
  );
}
