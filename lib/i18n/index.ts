import type { Catalog, Plural } from "./catalog";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { Catalog, Plural } from "./catalog";

export const LANGUAGES = ["en", "de", "fr", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** Each language in its own name (the console's menu) and the locale its dates and numbers use. */
export const SUPPORTED_LANGUAGES: Record<Language, { name: string; locale: string }> = {
  en: { name: "English", locale: "en-US" },
  de: { name: "Deutsch", locale: "de-DE" },
  fr: { name: "Français", locale: "fr-FR" },
  es: { name: "Español", locale: "es-ES" },
};

const CATALOGS: Record<Language, Catalog> = { en, de, fr, es };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** A stored value to a language: anything unknown (an older snapshot, a hand-edited row) reads as English. */
export function toLanguage(value: unknown): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function messages(lang: Language): Catalog {
  return CATALOGS[lang];
}

export function localeOf(lang: Language): string {
  return SUPPORTED_LANGUAGES[lang].locale;
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
