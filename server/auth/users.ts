import type { Actor, Tx } from "@/server/context";
import type { Role } from "./permissions";

type UserRow = { id: string; name: string; email: string; role: string; disabledAt?: Date | null };

/** What the audit log and the team page may show of a user (never credentials). */
export function publicUser(user: UserRow) {
  return { id: user.id, name: user.name, email: user.email, role: user.role, disabledAt: user.disabledAt ?? null };
}

export function userActor(user: UserRow & { role: Role }): Extract<Actor, { type: "user" }> {
  return { type: "user", id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Owners who can still sign in, optionally not counting one of them. */
export function countActiveOwners(tx: Tx, except?: string): Promise<number> {
  return tx.user.count({ where: { role: "owner", disabledAt: null, ...(except ? { id: { not: except } } : {}) } });
}

/** A user and their password login, as better-auth's own sign-up writes them. */
export async function createPasswordUser(tx: Tx, data: { name: string; email: string; role: Role; passwordHash: string }) {
  const user = await tx.user.create({ data: { name: data.name, email: data.email, role: data.role } });
  await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: data.passwordHash } });
  return user;
}
