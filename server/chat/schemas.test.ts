import { describe, expect, it } from "vitest";
import { localizeAnswer } from "@/lib/i18n/answers";
import { messages } from "@/lib/i18n";
import { SubscribeChatInput } from "./schemas";

describe("a visitor's chat request, refused", () => {
  it("is refused with one answer per field, from the catalog's English answers, so the page can say it in its language", () => {
    const refusal = (input: Record<string, unknown>) => {
      const result = SubscribeChatInput.safeParse(input);
      if (result.success) return "accepted";
      return result.error.issues.map((issue) => localizeAnswer("es", issue.message));
    };
    const es = messages("es").answers;
    expect(refusal({ kind: "irc", url: "https://hooks.example.com/x" })).toEqual([es.chatKind]);
    expect(refusal({ kind: "slack", url: "" })).toEqual([es.chatUrlRequired]);
    expect(refusal({ kind: "slack", url: `https://example.com/${"x".repeat(2000)}` })).toEqual([es.chatUrlTooLong]);
    expect(refusal({ kind: "slack", url: "ftp://example.com/hook" })).toEqual([es.chatUrlInvalid]);
    expect(refusal({ kind: "slack", url: "https://hooks.example.com/x" })).toBe("accepted");
  });
});
