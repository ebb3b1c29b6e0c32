import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html";

describe("htmlToMarkdown", () => {
  it("keeps plain text and markdown, decoding entities", () => {
    expect(htmlToMarkdown("We are **investigating** errors &amp; timeouts.")).toBe("We are **investigating** errors & timeouts.");
    expect(htmlToMarkdown("  Fixed.\n")).toBe("Fixed.");
  });

  it("turns links, emphasis, breaks and lists into markdown and drops other tags", () => {
    expect(
      htmlToMarkdown(
        '<p>See <a href="https://example.com/x?a=1&amp;b=2">the <b>post</b></a>.<br/>Thanks</p><ul><li>one</li><li>two</li></ul><span class="x">done</span>',
      ),
    ).toBe("See [the post](https://example.com/x?a=1&b=2).\nThanks\n\n- one\n\n- two\n\ndone");
    expect(htmlToMarkdown("<strong>Down</strong> <em>again</em>")).toBe("**Down** _again_");
  });

  it("never keeps a script or a javascript: link", () => {
    const out = htmlToMarkdown('<script>alert(1)</script><a href="javascript:alert(2)">click</a> &#60;b&#62;');
    expect(out).toBe("click <b>");
    expect(out).not.toContain("javascript:");
  });
});
