import type { Catalog, Plural } from "./catalog";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { localeOf, type Language } from "./languages";

export type { Catalog, Plural } from "./catalog";
export * from "./languages";

const CATALOGS: Record<Language, Catalog> = { en, de, fr, es };

export function messages(lang: Language): Catalog {
  return CATALOGS[lang];
}

/** "{name}: current status" with { name: "Acme" }; a placeholder without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The wording for `count` in `lang`, with {count} (and any other values) filled in. */
export function plural(lang: Language, forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(lang));
    pluralRules.set(lang, rules);
  }
  const form = rules.select(count) === "one" ? forms.one : forms.other;
  return fill(form, { count, ...values });
}
