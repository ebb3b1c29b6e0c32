import type { Plural } from "./catalog";
import { en } from "./en";
import { fill, messages, plural } from "./index";
import type { Language } from "./languages";

// The server answers a visitor's form in English (en.answers), the one wording its tests, logs and API
// clients see. A public page shows that answer in its own language: the sentence is matched back to its
// catalog key (placeholders become captures) and the same key is filled in the page's catalog. A sentence
// no key matches is shown as the server wrote it.

type AnswerKey = { [K in keyof typeof en.answers]: (typeof en.answers)[K] extends string ? K : never }[keyof typeof en.answers];
type WaitKey = "seconds" | "minutes" | "hours";
const WAITS: WaitKey[] = ["seconds", "minutes", "hours"];

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

/** "Try again in {wait}." → /^Try again in (?<wait>.+?)\.$/ */
function pattern(template: string): RegExp {
  return new RegExp(`^${escape(template).replace(/\{(\w+)\}/g, "(?<$1>.+?)")}$`, "s");
}

const TEMPLATES: Array<{ key: AnswerKey; regex: RegExp }> = (Object.keys(en.answers) as Array<keyof typeof en.answers>)
  .filter((key): key is AnswerKey => typeof en.answers[key] === "string")
  .map((key) => ({ key, regex: pattern(en.answers[key]) }));

/** A duration in English ("42 seconds", "1 hour") as `lang` says it; anything else unchanged. */
function localizeWait(lang: Language, text: string): string {
  for (const unit of WAITS) {
    const forms: Plural = en.answers[unit];
    for (const form of [forms.one, forms.other]) {
      const count = pattern(form).exec(text)?.groups?.count;
      if (count !== undefined && /^\d+$/.test(count)) return plural(lang, messages(lang).answers[unit], Number(count));
    }
  }
  return text;
}

/** The server's English sentence in `lang`; a sentence the catalog does not know comes back unchanged. */
export function localizeAnswer(lang: Language, text: string): string {
  if (lang === "en") return text;
  for (const { key, regex } of TEMPLATES) {
    const match = regex.exec(text);
    if (!match) continue;
    const values = { ...match.groups };
    if (values.wait !== undefined) values.wait = localizeWait(lang, values.wait);
    return fill(messages(lang).answers[key], values);
  }
  return text;
}

type Answer = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** An action's result with its message, error and field errors in `lang` (the rest as it came). */
export function localizeResult<R extends Answer>(lang: Language, result: R | null): R | null {
  if (!result || lang === "en") return result;
  if (result.ok) return result.message === undefined ? result : { ...result, message: localizeAnswer(lang, result.message) };
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([field, errors]) => [field, errors.map((e) => localizeAnswer(lang, e))]))
    : undefined;
  return { ...result, error: localizeAnswer(lang, result.error), ...(fieldErrors ? { fieldErrors } : {}) };
}

/** English duration wording, for the server's own sentences (rate limits). */
export function englishWait(seconds: number): string {
  if (seconds < 90) return plural("en", en.answers.seconds, seconds);
  if (seconds < 2 * 3600) return plural("en", en.answers.minutes, Math.ceil(seconds / 60));
  return plural("en", en.answers.hours, Math.ceil(seconds / 3600));
}
