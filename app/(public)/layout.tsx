import type { Metadata } from "next";
import { LanguageProvider } from "@/components/i18n/language";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { StaleNotice } from "@/components/public/stale-notice";
import { TimePreferenceProvider } from "@/components/time/time-preference";
import { fill, messages } from "@/lib/i18n";
import { FEED_PATHS } from "@/server/feeds/public-http";
import { pageLanguage } from "@/server/public/page-language";
import { publicBaseUrl } from "@/server/public/public-url";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

export async function generateMetadata(): Promise<Metadata> {
  const view = await readPublicSnapshot();
  const m = messages(pageLanguage(view?.snapshot)).site;
  const name = view?.snapshot.page.name ?? m.title;
  const title = { default: name, template: `%s · ${name}` };
  if (!view) return { title, description: m.description };
  // Feed autodiscovery on every public page; absolute URLs so readers need not resolve them.
  const base = publicBaseUrl(view.snapshot);
  const types = {
    "application/rss+xml": [{ url: `${base}${FEED_PATHS.rss}`, title: fill(m.rssTitle, { name }) }],
    "application/atom+xml": [{ url: `${base}${FEED_PATHS.atom}`, title: fill(m.atomTitle, { name }) }],
    "text/calendar": [{ url: `${base}${FEED_PATHS.calendar}`, title: fill(m.calendarTitle, { name }) }],
  };
  const icon = view.snapshot.page.brand?.faviconUrl;
  return { title, description: m.description, alternates: { types }, ...(icon ? { icons: { icon } } : {}) };
}

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const view = await readPublicSnapshot();
  if (!view) return <Unavailable />;
  const { snapshot, stale } = view;
  const lang = pageLanguage(snapshot);
  return (
    <LanguageProvider lang={lang}>
      <TimePreferenceProvider defaultTimeZone={snapshot.page.timeZone}>
        <div className="mx-auto flex min-h-dvh max-w-3xl flex-col gap-8 px-4 py-8 sm:py-12">
          <SiteHeader page={snapshot.page} lang={lang} />
          {stale && <StaleNotice asOf={snapshot.generatedAt} lang={lang} />}
          <main id="main" className="flex flex-1 flex-col gap-10">
            {children}
          </main>
          <SiteFooter brand={snapshot.page.brand} lang={lang} />
        </div>
      </TimePreferenceProvider>
    </LanguageProvider>
  );
}

// Without a snapshot there is no language setting to read either: English.
function Unavailable() {
  const m = messages("en").site;
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">{m.unavailableTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{m.unavailableBody}</p>
    </main>
  );
}
