/*
 * The signed-in admin console: every page under app/admin/(console)/ renders inside this shell
 * (navigation, signed-in user, sign out) and gets the admin's time zone for <LocalTime>.
 *
 * For pages added here (app/admin/(console)/incidents/page.tsx → /admin/incidents, etc.):
 * - Start every page with `const ctx = await requireAdminPage()` (or `requireAdminPage("incident:write")`
 *   for pages that only make sense with that permission). This layout checks the session too, but
 *   layouts do not re-run on client navigation, so the page's own check is the one that counts.
 * - Signed out → redirected to /admin/login?next=<this page>; role lacks the permission → 403 page
 *   (forbidden.tsx here).
 * - Server actions: `const ctx = await getAdminCtx()` then the verb (which authorizes); never trust the UI.
 * - Hide controls the role cannot use with `can(ctx, "incident:write")`; the verbs refuse anyway.
 * - Use <PageHeader> and <Panel> from components/admin/page-header.tsx for a consistent look.
 * Pages that must work signed out (login, setup, invite) live in app/admin/(auth)/ instead.
 */
import { AdminShell } from "@/components/admin/admin-shell";
import { NAV_ITEMS } from "@/components/admin/nav-items";
import { TimePreferenceProvider } from "@/components/time/time-preference";
import { can, requireAdminPage } from "@/server/auth/session";
import { getSettings } from "@/server/settings";
import { signOutAction } from "../actions";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireAdminPage();
  const settings = await getSettings({ ctx });
  const items = NAV_ITEMS.filter((item) => !item.requires || can(ctx, item.requires));
  return (
    <AdminShell pageName={settings.pageName} user={ctx.actor} items={items} signOutAction={signOutAction}>
      <TimePreferenceProvider defaultTimeZone={settings.timeZone}>{children}</TimePreferenceProvider>
    </AdminShell>
  );
}
