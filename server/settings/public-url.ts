import { env } from "@/lib/env";

/**
 * The base of every link to the page (emails, feeds, the v2 API, webhooks, the widget), no
 * trailing slash. PUBLIC_URL, when the operator sets it, wins: it is also where sign-in works.
 * Otherwise the console's setting, and failing that http://localhost:PORT.
 */
export function resolvePublicUrl(settingUrl?: string | null): string {
  return (env.PUBLIC_URL ? env.baseUrl : settingUrl || env.baseUrl).replace(/\/+$/, "");
}
