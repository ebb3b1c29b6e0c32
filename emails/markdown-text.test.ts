import { describe, expect, it } from "vitest";
import { markdownToEmailHtml } from "./markdown-email";
import { markdownToEmailText } from "./markdown-text";

const base = "https://status.acme.example";
const text = (md: string) => markdownToEmailText(md, base);
const html = (md: string) => markdownToEmailHtml(md, base);

describe("markdownToEmailText", () => {
  it("drops emphasis markers and separates paragraphs by a blank line", () => {
    expect(text("We **identified** the _cause_.\n\nA ~~fix~~ patch is rolling out.")).toBe(
      "We identified the cause.\n\nA fix patch is rolling out.",
    );
  });
  it("keeps lists as lists, nested ones indented, numbered from their start", () => {
    expect(text("- `authenticate` fails\n- `track` queues\n  1. first\n  2. second\n\n3. three\n4. four")).toBe(
      "- authenticate fails\n- track queues\n  1. first\n  2. second\n\n3. three\n4. four",
    );
    expect(text("- [x] done\n- [ ] todo")).toBe("- [x] done\n- [ ] todo");
  });
  it("writes links as text (url), absolute; bare URLs and addresses once", () => {
    expect(text("See [the docs](/docs/limits) and [ops](mailto:ops@acme.example).")).toBe(
      "See the docs (https://status.acme.example/docs/limits) and ops (ops@acme.example).",
    );
    expect(text("Details: https://acme.example/x and <mailto:ops@acme.example>")).toBe(
      "Details: https://acme.example/x and ops@acme.example",
    );
  });
  it("applies the page's rules: unsafe links lose their target, raw HTML stays text, images never load", () => {
    expect(text("[click](javascript:alert(1))")).toBe("click");
    expect(text("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(text("![status graph](https://tracker.example/p.gif)")).toBe("Image: status graph (https://tracker.example/p.gif)");
    expect(text("![x](data:image/png;base64,AAAA)")).toBe("x");
  });
  it("keeps headings, quotes, code blocks, tables and hard breaks readable", () => {
    expect(
      text(
        "## Impact\n\n> The dashboard\n> was empty\n\n```\nretry=3\nbackoff=2s\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nline one  \nline two",
      ),
    ).toBe("Impact\n\n> The dashboard was empty\n\n    retry=3\n    backoff=2s\n\na | b\n1 | 2\n\nline one\nline two");
  });
});

describe("markdownToEmailHtml", () => {
  it("renders formatted, inline-styled HTML", () => {
    const out = html("We **identified** it:\n\n- one\n- two");
    expect(out).toMatch(/<p style="[^"]+">We <strong>identified<\/strong> it:<\/p>/);
    expect(out).toMatch(/<ul style="[^"]+">\s*<li style="[^"]+">one<\/li>\s*<li style="[^"]+">two<\/li>\s*<\/ul>/);
  });
  it("turns remote images into links, so nothing loads when the email is opened", () => {
    const out = html('![pixel](https://tracker.example/p.gif) <img src="https://tracker.example/q.gif">');
    expect(out).not.toMatch(/<img/i);
    expect(out).toContain('<a href="https://tracker.example/p.gif"');
    expect(out).toContain('&#x3C;img src="https://tracker.example/q.gif">');
  });
  it("sanitizes like the page: no script, no event handler, no javascript: URL", () => {
    const out = html('[x](javascript:alert(1)) <a href="https://e.example" onclick="x()">a</a> <script>alert(1)</script>');
    // Raw HTML shows as escaped text ("&#x3C;script>"): no real element, attribute or URL comes of it.
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(out).not.toMatch(/href="javascript:/i);
    expect(out).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });
});
