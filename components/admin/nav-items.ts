import type { Permission } from "@/server/auth/permissions";
import type { IconName } from "./icons";

export type NavItem = {
  href: string;
  label: string;
  icon: IconName;
  /** Second key after "g" (g d → Dashboard). */
  shortcut?: string;
  /** Not built yet: shown, but not a link. */
  soon?: boolean;
  /** Shown only to roles with this permission. */
  requires?: Permission;
};

export const NAV_ITEMS: NavItem[] = [
  { href: "/admin", label: "Dashboard", icon: "dashboard", shortcut: "d" },
  { href: "/admin/incidents", label: "Incidents", icon: "incidents", shortcut: "i" },
  { href: "/admin/components", label: "Components", icon: "components", shortcut: "c" },
  { href: "/admin/maintenance", label: "Maintenance", icon: "maintenance", shortcut: "m" },
  { href: "/admin/subscribers", label: "Subscribers", icon: "subscribers", shortcut: "u" },
  { href: "/admin/deliveries", label: "Deliveries", icon: "deliveries", shortcut: "e" },
  { href: "/admin/chat", label: "Chat channels", icon: "chat", shortcut: "h", requires: "subscriber:write" },
  { href: "/admin/alerts", label: "Alerts", icon: "alerts", shortcut: "r" },
  { href: "/admin/jobs", label: "Background jobs", icon: "jobs", shortcut: "j" },
  { href: "/admin/imports", label: "Imports", icon: "imports", shortcut: "o" },
  { href: "/admin/mailbox", label: "Mailbox", icon: "mailbox", shortcut: "x" },
  { href: "/admin/audit", label: "Audit log", icon: "audit", shortcut: "l" },
  { href: "/admin/team", label: "Team", icon: "team", shortcut: "t" },
  { href: "/admin/tokens", label: "API tokens", icon: "keyboard", shortcut: "k", requires: "token:write" },
  { href: "/admin/webhooks", label: "Webhooks", icon: "webhooks", shortcut: "w", requires: "webhook:write" },
  { href: "/admin/settings", label: "Settings", icon: "settings", shortcut: "s" },
];

export const ACCOUNT_ITEM: NavItem = { href: "/admin/account", label: "Account", icon: "account", shortcut: "a" };

/** Whether `pathname` is inside the section `href` (the dashboard only matches itself). */
export function isActive(href: string, pathname: string): boolean {
  if (href === "/admin") return pathname === "/admin";
  return pathname === href || pathname.startsWith(`${href}/`);
}
