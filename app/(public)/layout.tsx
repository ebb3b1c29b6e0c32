import type { Metadata } from "next";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { StaleNotice } from "@/components/public/stale-notice";
import { TimePreferenceProvider } from "@/components/time/time-preference";
import { FEED_PATHS } from "@/server/feeds/public-http";
import { publicBaseUrl } from "@/server/public/public-url";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

export async function generateMetadata(): Promise<Metadata> {
  const view = await readPublicSnapshot();
  const name = view?.snapshot.page.name ?? "Status";
  const title = { default: name, template: `%s · ${name}` };
  if (!view) return { title };
  // Feed autodiscovery on every public page; absolute URLs so readers need not resolve them.
  const base = publicBaseUrl(view.snapshot);
  const types = {
    "application/rss+xml": [{ url: `${base}${FEED_PATHS.rss}`, title: `${name} status (RSS)` }],
    "application/atom+xml": [{ url: `${base}${FEED_PATHS.atom}`, title: `${name} status (Atom)` }],
    "text/calendar": [{ url: `${base}${FEED_PATHS.calendar}`, title: `${name} maintenance calendar` }],
  };
  const icon = view.snapshot.page.brand?.faviconUrl;
  return { title, alternates: { types }, ...(icon ? { icons: { icon } } : {}) };
}

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const view = await readPublicSnapshot();
  if (!view) return <Unavailable />;
  const { snapshot, stale } = view;
  return (
    <TimePreferenceProvider defaultTimeZone={snapshot.page.timeZone}>
      <div className="mx-auto flex min-h-dvh max-w-3xl flex-col gap-8 px-4 py-8 sm:py-12">
        <SiteHeader page={snapshot.page} />
        {stale && <StaleNotice asOf={snapshot.generatedAt} />}
        <main id="main" className="flex flex-1 flex-col gap-10">
          {children}
        </main>
        <SiteFooter brand={snapshot.page.brand} />
      </div>
    </TimePreferenceProvider>
  );
}

function Unavailable() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Status temporarily unavailable</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">Please try again in a minute.</p>
    </main>
  );
}
