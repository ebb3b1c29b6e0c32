"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/server/auth/sign-in";

/** Sign out (a POST from the console's sign-out button): ends the session and clears its cookie. */
export async function signOutAction(): Promise<void> {
  await signOut(await headers()).catch(() => {
    // Already signed out or the session expired: the login page is where they belong either way.
  });
  redirect("/admin/login");
}
