import { ThemeToggle } from "@/components/theme/theme-toggle";
import { buttonClass } from "@/components/ui/button";
import { TimeZoneToggle } from "@/components/time/time-zone-toggle";
import { subscribeHref } from "@/lib/public-links";
import type { PublicPage } from "@/server/public/snapshot-types";
import { messages, type Language } from "@/lib/i18n";

export function SiteHeader({ page, lang }: { page: PublicPage; lang: Language }) {
  const m = messages(lang).site;
  const darkLogo = page.brand?.logoDarkUrl ?? null;
  // Checked against white text (WCAG AA) when it was saved.
  const accent = page.brand?.accentColor ?? null;
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
      <a href="/" className="flex items-center gap-3 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4">
        {page.logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- any admin-provided URL, no image optimizer
          <img
            src={page.logoUrl}
            alt=""
            width={32}
            height={32}
            data-logo="light"
            className={`size-8 rounded-md object-contain ${darkLogo ? "dark:hidden" : ""}`}
          />
        )}
        {darkLogo && (
          // eslint-disable-next-line @next/next/no-img-element -- any admin-provided URL, no image optimizer
          <img
            src={darkLogo}
            alt=""
            width={32}
            height={32}
            data-logo="dark"
            className="hidden size-8 rounded-md object-contain dark:block"
          />
        )}
        <span className="text-xl font-bold tracking-tight">{page.name}</span>
      </a>
      <nav aria-label={m.navLabel} className="flex items-center gap-4 text-sm">
        <a href="/" className="text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white">
          {m.status}
        </a>
        <a href="/history" className="text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white">
          {m.history}
        </a>
        <a
          href={subscribeHref()}
          className={buttonClass("primary", "sm")}
          style={accent ? { backgroundColor: accent, color: "#fff" } : undefined}
        >
          {m.subscribe}
        </a>
      </nav>
      <div className="flex w-full flex-wrap items-center justify-end gap-2 sm:w-auto">
        <TimeZoneToggle />
        <ThemeToggle />
      </div>
    </header>
  );
}
