import { describe, expect, it } from "vitest";
import { englishWait, localizeAnswer, localizeResult } from "./answers";
import { en } from "./en";
import { fill, LANGUAGES, messages } from "./index";

const SAMPLE = { max: 10, domain: "example.org", wait: "42 seconds" };
const sentences = Object.entries(en.answers).filter((entry): entry is [keyof typeof en.answers, string] => typeof entry[1] === "string");

describe.each(LANGUAGES.filter((lang) => lang !== "en"))("the server's answers in %s", (lang) => {
  const own = messages(lang).answers as Record<string, unknown>;

  it.each(sentences)("%s: the English sentence becomes the catalog's", (key, english) => {
    const wait = fill(messages(lang).answers.seconds.other, { count: 42 });
    const expected = fill(own[key] as string, { ...SAMPLE, wait });
    expect(localizeAnswer(lang, fill(english, SAMPLE))).toBe(expected);
    expect(expected).not.toBe(fill(english, SAMPLE));
  });

  it("says the wait in its words and its plural rules", () => {
    const refusal = fill(en.answers.tooManyFromNetwork, { max: 10, wait: englishWait(1) });
    expect(localizeAnswer(lang, refusal)).toContain(fill(messages(lang).answers.seconds.one, { count: 1 }));
    const later = fill(en.answers.tooManyForAddress, { max: 3, wait: englishWait(20 * 3600) });
    expect(localizeAnswer(lang, later)).toContain(fill(messages(lang).answers.hours.other, { count: 20 }));
  });
});

describe("localizing the server's answers", () => {
  it("words the English waits as before, singular when it is one", () => {
    expect([1, 42, 89, 90, 3599, 7199, 7200, 86_400].map(englishWait)).toEqual([
      "1 second",
      "42 seconds",
      "89 seconds",
      "2 minutes",
      "60 minutes",
      "120 minutes",
      "2 hours",
      "24 hours",
    ]);
  });

  it("leaves English, and sentences it does not know, as they are", () => {
    expect(localizeAnswer("en", en.answers.emailInvalid)).toBe(en.answers.emailInvalid);
    expect(localizeAnswer("de", "Subscription not found")).toBe("Subscription not found");
    // A known sentence with more around it is not that sentence.
    expect(localizeAnswer("de", `${en.answers.emailInvalid}!`)).toBe(`${en.answers.emailInvalid}!`);
  });

  it("translates a result's message and field errors and keeps the rest", () => {
    expect(localizeResult("es", { ok: true, data: { a: 1 }, message: en.answers.savedAll })).toEqual({
      ok: true,
      data: { a: 1 },
      message: messages("es").answers.savedAll,
    });
    expect(localizeResult("de", { ok: true, data: undefined })).toEqual({ ok: true, data: undefined });
    expect(localizeResult("de", null)).toBeNull();
    const failure = { ok: false as const, error: "x", status: 422, fieldErrors: { email: [en.answers.emailRequired] } };
    expect(localizeResult("de", failure)).toEqual({ ...failure, fieldErrors: { email: [messages("de").answers.emailRequired] } });
  });
});
