import { z } from "zod";

export const ROLES = ["owner", "admin", "editor", "viewer"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * What each role may do. owner: everything; admin: everything but ownership; editor: the incident
 * work (incidents, updates, windows, maintenance, postmortems, component status); viewer: read only.
 */
export const PERMISSIONS = {
  "admin:read": ["owner", "admin", "editor", "viewer"],
  "incident:write": ["owner", "admin", "editor"],
  "maintenance:write": ["owner", "admin", "editor"],
  "postmortem:write": ["owner", "admin", "editor"],
  "component:status": ["owner", "admin", "editor"],
  "component:write": ["owner", "admin"],
  "subscriber:write": ["owner", "admin"],
  "settings:write": ["owner", "admin"],
  "team:write": ["owner", "admin"],
  "token:write": ["owner", "admin"],
  "webhook:write": ["owner", "admin"],
  "ownership:transfer": ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
