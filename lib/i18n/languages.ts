// The list of languages without their catalogs: what the console's menu and the settings schema need.

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

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** A stored value to a language: anything unknown (an older snapshot, a hand-edited row) reads as English. */
export function toLanguage(value: unknown): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function localeOf(lang: Language): string {
  return SUPPORTED_LANGUAGES[lang].locale;
}
