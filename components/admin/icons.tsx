import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";

export type IconName =
  | "dashboard"
  | "incidents"
  | "components"
  | "maintenance"
  | "subscribers"
  | "deliveries"
  | "mailbox"
  | "audit"
  | "team"
  | "settings"
  | "account"
  | "external"
  | "webhooks"
  | "signOut"
  | "plus"
  | "check"
  | "keyboard"
  | "lock"
  | "copy";

const PATHS: Record<IconName, ReactNode> = {
  dashboard: (
    <>
      <rect x="3" y="3" width="6" height="6" rx="1.25" />
      <rect x="11" y="3" width="6" height="4" rx="1.25" />
      <rect x="11" y="9" width="6" height="8" rx="1.25" />
      <rect x="3" y="11" width="6" height="6" rx="1.25" />
    </>
  ),
  incidents: (
    <>
      <path d="M10 3.25 2.75 16.25h14.5L10 3.25Z" />
      <path d="M10 8.5v3.25M10 14.1v.15" />
    </>
  ),
  components: (
    <>
      <path d="M10 2.75 17 6.5v7L10 17.25 3 13.5v-7L10 2.75Z" />
      <path d="M3 6.5 10 10.25 17 6.5M10 10.25v7" />
    </>
  ),
  maintenance: (
    <>
      <rect x="3" y="4.25" width="14" height="12.5" rx="1.5" />
      <path d="M3 8h14M7 2.75v3M13 2.75v3" />
    </>
  ),
  subscribers: (
    <>
      <rect x="2.75" y="4.5" width="14.5" height="11" rx="1.5" />
      <path d="m3.25 5.5 6.75 5 6.75-5" />
    </>
  ),
  deliveries: <path d="M17.25 2.75 8.5 11.5M17.25 2.75 12 17.25l-3.5-5.75L2.75 8l14.5-5.25Z" />,
  mailbox: (
    <>
      <path d="M2.75 11.5 5 4.25h10l2.25 7.25v4.25H2.75V11.5Z" />
      <path d="M2.75 11.5h4.5l1 2h3.5l1-2h4.5" />
    </>
  ),
  audit: (
    <>
      <path d="M5 2.75h7l3 3v11.5H5V2.75Z" />
      <path d="M12 2.75v3h3M7.5 9.5h5M7.5 12.5h5M7.5 15.5h3" />
    </>
  ),
  team: (
    <>
      <circle cx="7.5" cy="7" r="2.75" />
      <path d="M2.75 16.5c.5-2.75 2.4-4.25 4.75-4.25s4.25 1.5 4.75 4.25" />
      <path d="M13 4.5a2.6 2.6 0 0 1 0 5M14.5 12.5c1.4.5 2.4 1.8 2.75 4" />
    </>
  ),
  settings: (
    <>
      <circle cx="10" cy="10" r="2.5" />
      <path d="M10 2.75v2M10 15.25v2M17.25 10h-2M4.75 10h-2M15.1 4.9l-1.4 1.4M6.3 13.7l-1.4 1.4M15.1 15.1l-1.4-1.4M6.3 6.3 4.9 4.9" />
    </>
  ),
  account: (
    <>
      <circle cx="10" cy="7" r="3.25" />
      <path d="M3.75 17c.75-3.25 3.1-5 6.25-5s5.5 1.75 6.25 5" />
    </>
  ),
  external: <path d="M8 4.5H4.5v11h11V12M11.5 3.5h5v5M16.5 3.5 9 11" />,
  webhooks: (
    <>
      <circle cx="10" cy="5.5" r="2.25" />
      <circle cx="5" cy="14.5" r="2.25" />
      <circle cx="15" cy="14.5" r="2.25" />
      <path d="M9 7.5 6 12.5M11 7.5l3 5M7.25 14.5h5.5" />
    </>
  ),
  signOut: <path d="M8 3.5H4.5v13H8M12.5 6.5 16 10l-3.5 3.5M16 10H8" />,
  plus: <path d="M10 4v12M4 10h12" />,
  check: <path d="m4.5 10.5 3.5 3.5 7.5-8" />,
  keyboard: (
    <>
      <rect x="2.5" y="5" width="15" height="10" rx="1.5" />
      <path d="M5.5 8h.01M8.5 8h.01M11.5 8h.01M14.5 8h.01M6.5 12h7" />
    </>
  ),
  lock: (
    <>
      <rect x="4" y="9" width="12" height="8" rx="1.5" />
      <path d="M6.75 9V6.5a3.25 3.25 0 0 1 6.5 0V9" />
    </>
  ),
  copy: (
    <>
      <rect x="6.5" y="6.5" width="10" height="10" rx="1.5" />
      <path d="M13.5 6.5v-2a1 1 0 0 0-1-1h-8a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h2" />
    </>
  ),
};

export function AdminIcon({ name, className }: { name: IconName; className?: string }) {
  return <Icon className={className ?? "size-4 shrink-0"}>{PATHS[name]}</Icon>;
}

/** The product mark: a status dot in a rounded square. */
export function BrandMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 28 28" className={className}>
      <rect width="28" height="28" rx="7" className="fill-slate-900 dark:fill-white" />
      <circle cx="14" cy="14" r="5.5" className="fill-emerald-400 dark:fill-emerald-600" />
      <circle cx="14" cy="14" r="8.5" fill="none" strokeWidth="1.5" className="stroke-emerald-400/40 dark:stroke-emerald-600/40" />
    </svg>
  );
}
