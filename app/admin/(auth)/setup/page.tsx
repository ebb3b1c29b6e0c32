import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, AuthNotice } from "@/components/admin/auth-card";
import { NewAccountForm } from "@/components/admin/new-account-form";
import { buttonClass } from "@/components/ui/button";
import { checkOwnerSetupToken } from "@/server/auth/owner-setup";
import { getAdminCtx } from "@/server/auth/session";
import { publicPageName } from "../page-name";
import { setupOwnerAction } from "./actions";

export const metadata: Metadata = { title: "Set up" };

const RESTART_HINT = "Restart the app (npm start): while no owner exists, it prints a new one-time setup link in its log.";

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : undefined;
  const ctx = await getAdminCtx();
  const [pageName, state] = await Promise.all([publicPageName(), checkOwnerSetupToken(ctx.db, value)]);

  if (state === "done") {
    return (
      <AuthCard pageName={pageName} title="Already set up">
        <AuthNotice>This status page already has an owner. Sign in with your account; new people join by invitation.</AuthNotice>
        <Link href="/admin/login" className={`${buttonClass("primary")} mt-4 w-full`}>
          Go to sign in
        </Link>
      </AuthCard>
    );
  }
  if (state !== "valid") {
    return (
      <AuthCard pageName={pageName} title="This setup link does not work">
        <AuthNotice tone="error">
          <p className="font-medium">
            {state === "expired"
              ? "The link has expired (links last 24 hours)."
              : "The link is not valid. It may have been used already or replaced by a newer one."}
          </p>
          <p className="mt-1">{RESTART_HINT}</p>
        </AuthNotice>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      pageName={pageName}
      title="Create the owner account"
      description="You are setting up this status page. The owner can invite the rest of the team and manage everything."
    >
      <NewAccountForm action={setupOwnerAction} token={value!} submitLabel="Create owner account" pendingLabel="Creating account…" />
    </AuthCard>
  );
}
