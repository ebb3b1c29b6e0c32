import { toLanguage, type Language } from "@/lib/i18n/languages";
import type { PublicSnapshot } from "./snapshot-types";

/** The language a snapshot's pages, feeds and widget speak; English for snapshot files older than languages. */
export function pageLanguage(snapshot: Pick<PublicSnapshot, "page"> | null | undefined): Language {
  return toLanguage(snapshot?.page.language);
}
