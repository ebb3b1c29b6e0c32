import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard, AuthNotice } from "@/components/admin/auth-card";
import { LoginForm } from "@/components/admin/login-form";
import { safeNextPath } from "@/server/auth/next-path";
import { hasActiveOwner } from "@/server/auth/owner-setup";
import { getAdminCtx } from "@/server/auth/session";
import { publicPageName } from "../page-name";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(next);
  const ctx = await getAdminCtx();
  if (ctx.actor.type === "user") redirect(target);
  const [pageName, owner] = await Promise.all([publicPageName(), hasActiveOwner(ctx.db)]);
  return (
    <AuthCard pageName={pageName} title="Sign in to the admin console">
      {!owner && (
        <div className="mb-5">
          <AuthNotice>
            <p className="font-medium">No owner account yet.</p>
            <p className="mt-1">
              Open the one-time setup link the server printed when it started (a line with{" "}
              <code className="font-mono text-xs">/admin/setup?token=</code>). Restart the app to print a new one.
            </p>
          </AuthNotice>
        </div>
      )}
      <LoginForm next={target} />
    </AuthCard>
  );
}
