import { getAuth } from "./auth";

/**
 * Opens a session right after an account was created (setup, invitation). In a server action the
 * cookie is set through next/headers (better-auth's nextCookies plugin).
 */
export async function signInAfterCreate(email: string, password: string, requestHeaders: Headers): Promise<void> {
  await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
}

/** Ends the session these headers carry (and clears its cookie in a server action). */
export async function signOut(requestHeaders: Headers): Promise<void> {
  await getAuth().api.signOut({ headers: requestHeaders });
}
