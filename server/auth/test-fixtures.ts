// Users who can really sign in, for integration tests: unique email, better-auth's own password hash.
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import type { Db } from "@/server/db";
import { getAuth, hashPassword } from "./auth";
import type { Role } from "./permissions";
import { createPasswordUser } from "./users";

let counter = 0;
export const uniqueEmail = (prefix = "user") =>
  `${prefix}-${Date.now().toString(36)}-${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

export const TEST_PASSWORD = "correct horse battery staple";

export async function makePasswordUser(db: Db, role: Role, options: { email?: string; password?: string } = {}) {
  const email = options.email ?? uniqueEmail(role);
  const password = options.password ?? TEST_PASSWORD;
  const user = await db.$transaction(async (tx) =>
    createPasswordUser(tx, { name: `${role} ${counter}`, email, role, passwordHash: await hashPassword(password) }),
  );
  return { ...user, password };
}

let ipCounter = 0;
/** A distinct client address per call, so per-IP limits of one test do not spill into another. */
export const uniqueIp = () => {
  const n = (process.pid * 7919 + ++ipCounter) % 65_536;
  return `198.18.${n >> 8}.${n & 255}`;
};

/** Signs in through better-auth's API and returns request headers carrying the session cookie. */
export async function signedInHeaders(email: string, password: string): Promise<Headers> {
  const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

/** A request to better-auth's HTTP handler, as a browser on this site would send it. */
export function authRequest(path: string, body: unknown, init: { ip?: string; cookie?: string } = {}): Request {
  const headers = new Headers({
    "content-type": "application/json",
    origin: "http://localhost:3000",
    [CLIENT_ADDRESS_HEADER]: init.ip ?? uniqueIp(),
  });
  if (init.cookie) headers.set("cookie", init.cookie);
  return new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}
