"use client";

import { createContext, useContext } from "react";
import { DEFAULT_LANGUAGE, type Language } from "@/lib/i18n/languages";

// The page's language for client components (dates, the uptime bars, the search). Outside a provider (the
// console) it is English, which the console always is.
const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

export function LanguageProvider({ lang, children }: { lang: Language; children: React.ReactNode }) {
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
