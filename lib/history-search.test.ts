import { describe, expect, it } from "vitest";
import { queryTerms, searchHistory, type HistoryEntry } from "./history-search";

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  kind: "incident",
  slug: "s",
  title: "Untitled",
  impact: "minor",
  status: "resolved",
  startedAt: "2026-01-01T00:00:00Z",
  endedAt: null,
  componentIds: [],
  components: [],
  ...over,
});
const index = {
  entries: [
    entry({ slug: "a", title: "Elevated API errors", componentIds: ["c-api"], components: ["API"] }),
    entry({ slug: "b", title: "Résumé uploads slow", componentIds: ["c-up"], components: ["Uploads"] }),
    entry({ slug: "c", kind: "maintenance", title: "Database upgrade", componentIds: ["c-api", "c-db"], components: ["API", "Database"] }),
  ],
};
const slugs = (found: HistoryEntry[]) => found.map((e) => e.slug);

describe("history search", () => {
  it("needs every word, in the title or a component's name, case and accents aside", () => {
    expect(slugs(searchHistory(index, queryTerms("api")))).toEqual(["a", "c"]);
    expect(slugs(searchHistory(index, queryTerms("  API   errors ")))).toEqual(["a"]);
    expect(slugs(searchHistory(index, queryTerms("resume")))).toEqual(["b"]);
    expect(slugs(searchHistory(index, queryTerms("database api")))).toEqual(["c"]);
    expect(slugs(searchHistory(index, queryTerms("nothing")))).toEqual([]);
  });

  it("keeps to one component when filtered, and an empty query finds nothing", () => {
    expect(slugs(searchHistory(index, queryTerms("upgrade"), "c-db"))).toEqual(["c"]);
    expect(slugs(searchHistory(index, queryTerms("errors"), "c-db"))).toEqual([]);
    expect(searchHistory(index, queryTerms("   "))).toEqual([]);
  });

  it("bounds what one query can ask", () => {
    expect(queryTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(queryTerms("x".repeat(500))[0]).toHaveLength(50);
  });
});
