import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "@/server/auth/admin-path-header";
import { nonceCsp } from "@/server/page-cache/security-headers";

// Pages Next renders per request (the console and the subscriber forms): a Content-Security-Policy
// with a fresh nonce, which Next puts on its own scripts (it reads the policy from the request) and the
// root layout on the theme script. Admin pages also learn which path was asked for (server components
// cannot see the URL), so the login page can come back to it. Authorization happens in every page and
// verb, never here. Public pages are served from the page cache with a hash-based policy instead.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = nonceCsp(nonce);
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);
  if (request.nextUrl.pathname.startsWith("/admin"))
    forwarded.set(ADMIN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = { matcher: ["/admin/:path*", "/subscribe/:path*", "/subscription/:path*", "/unsubscribe/:path*", "/chat/:path*"] };
