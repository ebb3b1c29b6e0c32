import { LocalTime } from "@/components/time/local-time";
import { messages, type Language } from "@/lib/i18n";

/** Shown when the database could not be reached: what customers see is the last good content. */
export function StaleNotice({ asOf, lang }: { asOf: string; lang: Language }) {
  const [before, after = ""] = messages(lang).site.stale.split("{time}");
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {before}
      <LocalTime iso={asOf} format="datetime" />
      {after}
    </div>
  );
}
