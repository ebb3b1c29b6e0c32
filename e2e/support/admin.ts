import { expect, type Page } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/server/auth/permissions";
import type { Db } from "@/server/db";

export const E2E_PASSWORD = "e2e passphrase, long enough";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid.toString(36)}-${(++counter).toString(36)}`;

export type E2EUser = { id: string; name: string; email: string; password: string; role: Role };

/**
 * A user who can sign in, written straight into the e2e database: the user row plus a credential
 * account whose password hash comes from better-auth's own scrypt (so its sign-in accepts it).
 */
export async function createUser(db: Db, options: { role: Role; email?: string; password?: string; name?: string }): Promise<E2EUser> {
  const email = (options.email ?? `${options.role}-${unique()}@example.com`).toLowerCase();
  const password = options.password ?? E2E_PASSWORD;
  const name = options.name ?? `${options.role[0]!.toUpperCase()}${options.role.slice(1)} ${counter}`;
  const hash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const row = await tx.user.create({ data: { name, email, role: options.role } });
    await tx.account.create({ data: { userId: row.id, accountId: row.id, providerId: "credential", password: hash } });
    return row;
  });
  return { id: user.id, name, email, password, role: options.role };
}

let address = 0;
/**
 * Each simulated person signs in from an address of their own (RFC 2544 benchmark range), as real
 * engineers would: the per-IP sign-in limit (5 a minute) would otherwise throttle a test run that
 * signs in many users from 127.0.0.1. Set before the first request of the page.
 */
export async function giveOwnAddress(page: Page): Promise<string> {
  const n = (process.pid * 131 + ++address) % 65_536;
  const ip = `198.19.${n >> 8}.${n & 255}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  return ip;
}

/** Signs in through the real login form and waits for the console (or `next`). */
export async function signIn(page: Page, email: string, password: string, options: { next?: string } = {}): Promise<void> {
  await giveOwnAddress(page);
  await page.goto(options.next ? `/admin/login?next=${encodeURIComponent(options.next)}` : "/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/admin/login");
  await expect(page.getByTestId("signed-in-user").filter({ visible: true })).toBeVisible();
}
