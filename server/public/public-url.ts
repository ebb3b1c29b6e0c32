import { env } from "@/lib/env";
import type { PublicSnapshot } from "./snapshot-types";

/**
 * The base of every link to the page (emails, feeds, the v2 API, webhooks, the widget), no
 * trailing slash. PUBLIC_URL, when the operator sets it, wins: it is also where sign-in works.
 * Otherwise the console's setting, and failing that http://localhost:PORT.
 */
export function resolvePublicUrl(settingUrl?: string | null): string {
  return (env.PUBLIC_URL ? env.baseUrl : settingUrl || env.baseUrl).replace(/\/+$/, "");
}

/** The same base, as the snapshot was built with it (see build-snapshot); a snapshot from before it had one: the fallback. */
export function publicBaseUrl(snapshot: PublicSnapshot): string {
  return snapshot.page.url ? snapshot.page.url.replace(/\/+$/, "") : resolvePublicUrl();
}
