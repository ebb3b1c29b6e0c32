import Link from "next/link";
import type { Role } from "@/server/auth/permissions";
import { AdminIcon } from "./icons";
import { RoleBadge } from "./role-badge";

export type ShellUser = { name: string; email: string; role: Role };

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("") || "?";

const ICON_BUTTON =
  "inline-flex size-8 items-center justify-center rounded-md text-slate-600 transition-colors hover:bg-slate-200/70 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-blue-400";

export function Avatar({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-900 text-xs font-semibold text-white dark:bg-slate-200 dark:text-slate-900"
    >
      {initials(name)}
    </span>
  );
}

/** Who is signed in (name, role, read-only note), their account page, and sign out (a POST). */
export function UserCard({
  user,
  signOutAction,
  compact = false,
}: {
  user: ShellUser;
  signOutAction: () => Promise<void>;
  compact?: boolean;
}) {
  return (
    <div className="flex items-center gap-2.5" data-testid="signed-in-user">
      <Avatar name={user.name} />
      <div className={compact ? "sr-only" : "min-w-0 flex-1"}>
        <p className="truncate text-sm font-medium text-slate-900 dark:text-slate-100" title={user.email}>
          {user.name}
        </p>
        <p className="flex items-center gap-1.5">
          <RoleBadge role={user.role} />
          {user.role === "viewer" && (
            <span className="inline-flex items-center gap-0.5 text-xs text-slate-600 dark:text-slate-400">
              <AdminIcon name="lock" className="size-3" />
              Read-only
            </span>
          )}
        </p>
      </div>
      <Link href="/admin/account" className={ICON_BUTTON} title="Account" aria-keyshortcuts="g a">
        <AdminIcon name="account" />
        <span className="sr-only">Account</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={ICON_BUTTON} title="Sign out">
          <AdminIcon name="signOut" />
          <span className="sr-only">Sign out</span>
        </button>
      </form>
    </div>
  );
}
