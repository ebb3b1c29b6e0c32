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
  | "copy"
  | "jobs"
  | "alerts"
  | "chat"
  | "imports";

/** A rounded rectangle as path data, so every icon is a list of paths. */
const rect = (x: number, y: number, w: number, h: number, r: number) =>
  `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${2 * r - w}a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - h}a${r} ${r} 0 0 1 ${r} ${-r}Z`;
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;

/** 20×20 outline icons, drawn with the stroke set by `Icon`. */
const PATHS: Record<IconName, string[]> = {
  dashboard: [rect(3, 3, 6, 6, 1.25), rect(11, 3, 6, 4, 1.25), rect(11, 9, 6, 8, 1.25), rect(3, 11, 6, 6, 1.25)],
  incidents: ["M10 3.25 2.75 16.25h14.5L10 3.25Z", "M10 8.5v3.25M10 14.1v.15"],
  components: ["M10 2.75 17 6.5v7L10 17.25 3 13.5v-7L10 2.75Z", "M3 6.5 10 10.25 17 6.5M10 10.25v7"],
  maintenance: [rect(3, 4.25, 14, 12.5, 1.5), "M3 8h14M7 2.75v3M13 2.75v3"],
  subscribers: [rect(2.75, 4.5, 14.5, 11, 1.5), "m3.25 5.5 6.75 5 6.75-5"],
  deliveries: ["M17.25 2.75 8.5 11.5M17.25 2.75 12 17.25l-3.5-5.75L2.75 8l14.5-5.25Z"],
  mailbox: ["M2.75 11.5 5 4.25h10l2.25 7.25v4.25H2.75V11.5Z", "M2.75 11.5h4.5l1 2h3.5l1-2h4.5"],
  audit: ["M5 2.75h7l3 3v11.5H5V2.75Z", "M12 2.75v3h3M7.5 9.5h5M7.5 12.5h5M7.5 15.5h3"],
  team: [
    circle(7.5, 7, 2.75),
    "M2.75 16.5c.5-2.75 2.4-4.25 4.75-4.25s4.25 1.5 4.75 4.25",
    "M13 4.5a2.6 2.6 0 0 1 0 5M14.5 12.5c1.4.5 2.4 1.8 2.75 4",
  ],
  settings: [
    circle(10, 10, 2.5),
    "M10 2.75v2M10 15.25v2M17.25 10h-2M4.75 10h-2M15.1 4.9l-1.4 1.4M6.3 13.7l-1.4 1.4M15.1 15.1l-1.4-1.4M6.3 6.3 4.9 4.9",
  ],
  account: [circle(10, 7, 3.25), "M3.75 17c.75-3.25 3.1-5 6.25-5s5.5 1.75 6.25 5"],
  external: ["M8 4.5H4.5v11h11V12M11.5 3.5h5v5M16.5 3.5 9 11"],
  webhooks: [circle(10, 5.5, 2.25), circle(5, 14.5, 2.25), circle(15, 14.5, 2.25), "M9 7.5 6 12.5M11 7.5l3 5M7.25 14.5h5.5"],
  signOut: ["M8 3.5H4.5v13H8M12.5 6.5 16 10l-3.5 3.5M16 10H8"],
  plus: ["M10 4v12M4 10h12"],
  check: ["m4.5 10.5 3.5 3.5 7.5-8"],
  keyboard: [rect(2.5, 5, 15, 10, 1.5), "M5.5 8h.01M8.5 8h.01M11.5 8h.01M14.5 8h.01M6.5 12h7"],
  lock: [rect(4, 9, 12, 8, 1.5), "M6.75 9V6.5a3.25 3.25 0 0 1 6.5 0V9"],
  alerts: ["M5.5 14V9a4.5 4.5 0 0 1 9 0v5l1.5 1.5h-12L5.5 14Z", "M8.5 17.25h3"],
  jobs: [circle(10, 10, 7.25), "M8 7v6M12 7v6"],
  imports: ["M10 2.75v9.5M6.25 8.5 10 12.25l3.75-3.75", "M3.25 13v3.25h13.5V13"],
  chat: ["M3.25 4.5h13.5v9H9l-4 3v-3H3.25v-9Z", "M6.5 8h7M6.5 10.75h4.5"],
  copy: [rect(6.5, 6.5, 10, 10, 1.5), "M13.5 6.5v-2a1 1 0 0 0-1-1h-8a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h2"],
};

export function AdminIcon({ name, className }: { name: IconName; className?: string }) {
  return (
    <Icon className={className ?? "size-4 shrink-0"}>
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </Icon>
  );
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
