import type { Role } from "@/server/auth/permissions";

export const ROLE_LABEL: Record<Role, string> = { owner: "Owner", admin: "Admin", editor: "Editor", viewer: "Viewer" };

export const ROLE_DESCRIPTION: Record<Role, string> = {
  owner: "Everything, including ownership",
  admin: "Everything but ownership",
  editor: "Incidents, maintenance, postmortems, component status",
  viewer: "Read-only",
};

const STYLE: Record<Role, string> = {
  owner: "bg-violet-50 text-violet-800 ring-violet-700/20 dark:bg-violet-950/60 dark:text-violet-200 dark:ring-violet-400/30",
  admin: "bg-blue-50 text-blue-800 ring-blue-700/20 dark:bg-blue-950/60 dark:text-blue-200 dark:ring-blue-400/30",
  editor: "bg-emerald-50 text-emerald-800 ring-emerald-700/20 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-400/30",
  viewer: "bg-slate-100 text-slate-700 ring-slate-600/20 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/30",
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className={`inline-flex items-center rounded px-1.5 py-px text-xs font-medium ring-1 ring-inset ${STYLE[role]}`}>
      {ROLE_LABEL[role]}
    </span>
  );
}
