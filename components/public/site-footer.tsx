import type { PublicBrand } from "@/server/public/snapshot-types";
import { messages, type Language } from "@/lib/i18n";

/** The time-zone note, and the page owner's support and footer links (Settings → Branding). */
export function SiteFooter({ brand, lang }: { brand?: PublicBrand; lang: Language }) {
  const m = messages(lang).site;
  const links = brand?.footerLinks ?? [];
  return (
    <footer className="flex flex-col gap-3 border-t border-slate-200 pt-6 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
      {(brand?.supportUrl || links.length > 0) && (
        <nav aria-label={m.footerLabel} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {brand?.supportUrl && (
            <a href={brand.supportUrl} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
              {m.contactSupport}
            </a>
          )}
          {links.map((link) => (
            <a key={`${link.label} ${link.url}`} href={link.url} rel="noopener" className="hover:underline">
              {link.label}
            </a>
          ))}
        </nav>
      )}
      <p>{m.timesNote}</p>
    </footer>
  );
}
