import { describe, expect, it } from "vitest";
import { localizeAnswer } from "@/lib/i18n/answers";
import { messages } from "@/lib/i18n";
import { SubscribeChatInput } from "./schemas";

describe("a visitor's chat request, refused", () => {
  it("is refused in the catalog's English answers, so the page can say it in its language", () => {
    const refusal = (input: Record<string, unknown>) => {
      const result = SubscribeChatInput.safeParse(input);
      if (result.success) return "accepted";
      // The first refusal per request (an empty URL is also not a URL: two).
      return localizeAnswer("es", result.error.issues[0]!.message);
    };
    const es = messages("es").answers;
    expect(refusal({ kind: "irc", url: "https://hooks.example.com/x" })).toBe(es.chatKind);
    expect(refusal({ kind: "slack", url: "" })).toBe(es.chatUrlRequired);
    expect(refusal({ kind: "slack", url: `https://example.com/${"x".repeat(2000)}` })).toBe(es.chatUrlTooLong);
    expect(refusal({ kind: "slack", url: "ftp://example.com/hook" })).toBe(es.chatUrlInvalid);
    expect(refusal({ kind: "slack", url: "https://hooks.example.com/x" })).toBe("accepted");
  });
});
