import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { ThemeScript } from "@/components/theme/theme-script";
import { ADMIN_PATH_HEADER } from "@/server/auth/admin-path-header";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Status", template: "%s · Status" },
  description: "Current status, incidents and scheduled maintenance.",
  icons: {
    icon: [
      { url: "/favicon.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "32x32" },
    ],
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f14" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Pages rendered per request carry a CSP nonce (proxy.ts); cached public pages list script hashes instead.
  const requestHeaders = await headers();
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  // The console is English; everything else speaks the page's language (Settings → Language).
  const lang = requestHeaders.has(ADMIN_PATH_HEADER) ? "en" : pageLanguage((await readPublicSnapshot())?.snapshot);
  return (
    <html lang={lang} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh bg-white text-slate-900 antialiased dark:bg-[#0b0f14] dark:text-slate-100">{children}</body>
    </html>
  );
}
