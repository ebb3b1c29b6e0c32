import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "@/server/auth/admin-path-header";

// Only tells admin pages which path was asked for (server components cannot see the URL), so the
// login page can come back to it. Authorization happens in every page and verb, never here.
export function proxy(request: NextRequest) {
  const forwarded = new Headers(request.headers);
  forwarded.set(ADMIN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = { matcher: ["/admin/:path*"] };
