// The history page's text search runs in the browser over /history.json (one file per snapshot), so a
// query never renders a page on the server. Pure, shared by the page and its tests.

export type HistoryEntry = {
  kind: "incident" | "maintenance";
  slug: string;
  title: string;
  impact: string | null;
  status: string;
  startedAt: string;
  endedAt: string | null;
  componentIds: string[];
  /** Names of the affected components: a search for "checkout" finds the incidents of Checkout. */
  components: string[];
};

export type HistoryIndex = { entries: HistoryEntry[] };

/** Lower-case, accents folded, so "resume" finds "Résumé". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The words of a query (at most 8, each at most 50 characters); none means "no search". */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => term.slice(0, 50));
}

/** Entries whose title or component names contain every term, of one component if given, newest first. */
export function searchHistory(index: HistoryIndex, terms: string[], componentId?: string | null): HistoryEntry[] {
  if (terms.length === 0) return [];
  return index.entries.filter((entry) => {
    if (componentId && !entry.componentIds.includes(componentId)) return false;
    const text = foldText([entry.title, ...entry.components].join(" "));
    return terms.every((term) => text.includes(term));
  });
}
