import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor, Ctx } from "@/server/context";
import { getDb } from "@/server/db";
import { ADMIN_PATH_HEADER } from "./admin-path-header";
import { getAuth } from "./auth";
import { loginPath } from "./next-path";
import { Role, roleCan, type Permission } from "./permissions";

export type UserActor = Extract<Actor, { type: "user" }>;
/** A context whose actor is a signed-in, enabled user. */
export type AdminCtx = Ctx & { actor: UserActor };

const ANONYMOUS: Actor = { type: "anonymous" };

/** Who sends these request headers: the session cookie's user, or anonymous (no, invalid or expired session, disabled user). */
export async function getActor(requestHeaders: Headers): Promise<Actor> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return ANONYMOUS;
  const { user } = session;
  if (user.disabledAt) return ANONYMOUS;
  const role = Role.safeParse(user.role);
  if (!role.success) return ANONYMOUS;
  return { type: "user", id: user.id, email: user.email, name: user.name, role: role.data };
}

/** The context for server components, server actions and route handlers of this request (once per request). */
export const getAdminCtx = cache(async (): Promise<Ctx> => ({ db: getDb(), actor: await getActor(await headers()) }));

/**
 * For every admin page: sends signed-out visitors to the login page (coming back here afterwards) and
 * answers 403 (app/admin/(console)/forbidden.tsx) when the role lacks `permission`.
 */
export async function requireAdminPage(permission: Permission = "admin:read"): Promise<AdminCtx> {
  const ctx = await getAdminCtx();
  const { actor } = ctx;
  if (actor.type !== "user") redirect(loginPath((await headers()).get(ADMIN_PATH_HEADER) ?? "/admin"));
  if (!roleCan(actor.role, permission)) forbidden();
  return { ...ctx, actor };
}

/** Whether this context may do `permission`: for showing or hiding controls (the verbs check again). */
export function can(ctx: Ctx, permission: Permission): boolean {
  const { actor } = ctx;
  if (actor.type === "system") return true;
  if (actor.type === "anonymous") return false;
  return roleCan(actor.role, permission);
}
