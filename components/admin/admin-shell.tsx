import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { AdminNav } from "./admin-nav";
import { AdminIcon, BrandMark } from "./icons";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { ACCOUNT_ITEM, type NavItem } from "./nav-items";
import { UserCard, type ShellUser } from "./user-card";

type ShellProps = { pageName: string; user: ShellUser; items: NavItem[]; signOutAction: () => Promise<void>; children: ReactNode };

/** The console frame: left navigation on wide screens, a top bar on narrow ones, the page in between. */
export function AdminShell({ pageName, user, items, signOutAction, children }: ShellProps) {
  return (
    <div className="min-h-dvh bg-white lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] dark:bg-[#0b0f14]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-slate-900"
      >
        Skip to content
      </a>

      {/* The column carries the background to the page's full height; the bar inside stays in view. */}
      <div className="hidden border-r border-slate-200 bg-slate-50 lg:block dark:border-slate-800 dark:bg-slate-950">
        <aside className="sticky top-0 flex h-dvh flex-col">
          <Brand pageName={pageName} />
          <nav aria-label="Admin" className="flex-1 overflow-y-auto px-3 py-2">
            <AdminNav items={items} orientation="vertical" />
          </nav>
          <div className="space-y-3 border-t border-slate-200 px-3 py-3 dark:border-slate-800">
            <div className="flex items-center justify-between px-1">
              <Link
                href="/"
                className="inline-flex items-center gap-1.5 rounded text-xs font-medium text-slate-600 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-400 dark:hover:text-white"
              >
                <AdminIcon name="external" className="size-3.5" />
                Status page
              </Link>
              <ThemeToggle />
            </div>
            <UserCard user={user} signOutAction={signOutAction} />
          </div>
        </aside>
      </div>

      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur lg:hidden dark:border-slate-800 dark:bg-[#0b0f14]/95">
        <div className="flex items-center justify-between gap-3 px-4 py-2.5">
          <Brand pageName={pageName} compact />
          <div className="flex items-center gap-2">
            <ThemeToggle />
            <UserCard user={user} signOutAction={signOutAction} compact />
          </div>
        </div>
        <nav aria-label="Admin">
          <AdminNav items={[...items, ACCOUNT_ITEM]} orientation="horizontal" />
        </nav>
      </header>

      <main id="main" tabIndex={-1} className="min-w-0 px-4 py-6 outline-none sm:px-6 lg:px-10 lg:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
      <KeyboardShortcuts items={[...items, ACCOUNT_ITEM]} />
    </div>
  );
}

/** The page's name and the product mark, linking to the dashboard; `compact` for the narrow top bar. */
function Brand({ pageName, compact = false }: { pageName: string; compact?: boolean }) {
  const focus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
  if (compact) {
    return (
      <Link href="/admin" className={`flex min-w-0 items-center gap-2 rounded-md ${focus}`}>
        <BrandMark className="size-6" />
        <span className="truncate text-sm font-semibold">{pageName}</span>
      </Link>
    );
  }
  return (
    <Link href="/admin" className={`mx-3 mt-3 mb-2 flex items-center gap-2.5 rounded-md px-1.5 py-1.5 ${focus}`}>
      <BrandMark />
      <span className="min-w-0">
        <span className="block truncate text-sm font-semibold text-slate-950 dark:text-white">{pageName}</span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">Admin console</span>
      </span>
    </Link>
  );
}
