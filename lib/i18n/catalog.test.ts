import { describe, expect, it } from "vitest";
import { en } from "./en";
import { fill, LANGUAGES, messages, plural, SUPPORTED_LANGUAGES } from "./index";

// Every text of a catalog by its dotted key ("home.heading", "home.groupCount.one").
function flatten(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== "object" || node === null) return out.set(prefix, node);
  for (const [key, value] of Object.entries(node)) {
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const source = flatten(en);

describe.each(LANGUAGES.filter((lang) => lang !== "en"))("the %s catalog", (lang) => {
  const catalog = flatten(messages(lang));

  it("has every key of English and no other", () => {
    expect([...catalog.keys()].filter((key) => !source.has(key))).toEqual([]);
    expect([...source.keys()].filter((key) => !catalog.has(key))).toEqual([]);
  });

  it("has no empty text", () => {
    expect([...catalog].filter(([, text]) => typeof text !== "string" || text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("uses the same placeholders as English", () => {
    const differ = [...source].filter(([key, text]) => {
      const own = catalog.get(key);
      return typeof own === "string" && placeholders(own).join() !== placeholders(String(text)).join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });
});

describe("catalog helpers", () => {
  it("names each language in itself", () => {
    expect(Object.values(SUPPORTED_LANGUAGES).map((l) => l.name)).toEqual(["English", "Deutsch", "Français", "Español"]);
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("{name}: current status {x}", { name: "Acme" })).toBe("Acme: current status {x}");
  });

  it("picks the plural form by the language's rules", () => {
    expect(plural("en", en.home.groupCount, 1)).toBe("1 component");
    expect(plural("en", en.home.groupCount, 0)).toBe("0 components");
    // French counts 0 as singular, German does not.
    expect(plural("fr", messages("fr").home.groupCount, 0)).toBe("0 composant");
    expect(plural("de", messages("de").home.groupCount, 0)).toBe("0 Komponenten");
    expect(plural("es", messages("es").history.results, 2, { query: "api" })).toBe("2 resultados para «api»");
  });
});
