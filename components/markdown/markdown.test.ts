// Named .test.ts (not .tsx) so the `unit` vitest project picks it up; JSX is written with createElement.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeSanitize from "rehype-sanitize";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";
import { isExternalHref, safeHref, safeImageSrc } from "@/lib/domain/safe-url";
import { sanitizeSchema } from "@/lib/domain/sanitize-schema";

function render(source: string, props: { headingOffset?: 0 | 1 | 2 } = {}): string {
  return renderToStaticMarkup(createElement(Markdown, { source, ...props }));
}

type Tag = { name: string; attrs: Map<string, string> };

// React escapes "<" and '"' in text and attribute values, so in its output every "<" starts a real tag and every
// attribute value is a double-quoted string without '"' inside.
function tags(html: string): Tag[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: new Map([...m[2]!.matchAll(/\s+([^\s=/>]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? "")])),
  }));
}

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const ALLOWED_TAGS = new Set(
  "div p br hr blockquote h1 h2 h3 h4 h5 h6 a strong b em i del s code kbd sub sup span ul ol li input pre table thead tbody tr th td img section".split(
    " ",
  ),
);
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "xlink:href", "cite", "poster", "background", "data"]);

// Everything that would make the browser run script, load something we did not allow, or let the author style
// the page.
function expectInert(html: string) {
  expect(html).not.toMatch(/<(script|style|iframe|frame|object|embed|svg|math|form|textarea|base|link|meta)\b/i);
  for (const tag of tags(html)) {
    expect(ALLOWED_TAGS.has(tag.name), `unexpected <${tag.name}>`).toBe(true);
    for (const [name, value] of tag.attrs) {
      expect(name, `event handler on <${tag.name}>`).not.toMatch(/^on/);
      expect(name, `style on <${tag.name}>`).not.toBe("style");
      if (URL_ATTRIBUTES.has(name)) {
        const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
        expect(compact, `${name} on <${tag.name}>`).toMatch(/^(https?:|mailto:|[/?#]|[^:]*$)/);
        if (tag.name === "img") expect(compact).toMatch(/^https?:/);
      }
    }
  }
}

function anchors(html: string): string[] {
  return html.match(/<a\b[^>]*>/g) ?? [];
}

describe("Markdown: hostile input", () => {
  const hostile: [string, string][] = [
    ["script block", "<script>alert(1)</script>"],
    ["inline script", "Hello <script>alert(document.cookie)</script> world"],
    ["script with src", '<script src="https://evil.test/x.js"></script>'],
    ["style block", "<style>body{display:none}</style>"],
    ["img onerror", "<img src=x onerror=alert(1)>"],
    ["img onerror quoted", '<img src="x" onerror="alert(1)">'],
    ["img javascript src", '<img src="javascript:alert(1)">'],
    ["iframe", '<iframe src="https://evil.test"></iframe>'],
    ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ["svg onload", "<svg onload=alert(1)>"],
    ["svg script", "<svg><script>alert(1)</script></svg>"],
    ["raw anchor javascript", '<a href="javascript:alert(1)">click</a>'],
    ["raw anchor onclick", '<a href="/" onclick="alert(1)">click</a>'],
    ["body onload", "<body onload=alert(1)>"],
    ["object/embed", '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">'],
    ["form", '<form action="javascript:alert(1)"><button>go</button></form>'],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ["base href", '<base href="javascript:alert(1)//">'],
    ["math", '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'],
    ["details ontoggle", "<details open ontoggle=alert(1)>"],
    ["md link javascript", "[x](javascript:alert(1))"],
    ["md link mixed case", "[x](JaVaScRiPt:alert(1))"],
    ["md link decimal entity", "[x](&#106;avascript:alert(1))"],
    ["md link hex entity", "[x](&#x6A;avascript:alert(1))"],
    ["md link entity colon", "[x](javascript&#58;alert(1))"],
    ["md link tab inside", "[x](java&#9;script:alert(1))"],
    ["md link newline entity", "[x](&#10;javascript:alert(1))"],
    ["md link leading space", "[x](< javascript:alert(1)>)"],
    ["md link space inside", "[x](<java script:alert(1)>)"],
    ["md link vbscript", "[x](vbscript:msgbox(1))"],
    ["md link data html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["md link file", "[x](file:///etc/passwd)"],
    ["md reference link", "[x][r]\n\n[r]: javascript:alert(1)"],
    ["md autolink", "<javascript:alert(1)>"],
    ["md image javascript", "![x](javascript:alert(1))"],
    ["md image data", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
    ["md image data png", "![pixel](data:image/png;base64,iVBORw0KGgo=)"],
    ["md image vbscript", "![x](VBScript:msgbox(1))"],
    ["md link title injection", '[x](https://ok.test "a\\" onmouseover=\\"alert(1)")'],
    ["html comment", "<!-- <script>alert(1)</script> -->"],
    ["style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
  ];

  it("has an inertness check that does catch unsafe markup", () => {
    expect(() => expectInert('<p><a href="javascript:alert(1)">x</a></p>')).toThrow();
    expect(() => expectInert('<p><a href=" &#x6A;avascript:alert(1)">x</a></p>')).toThrow();
    expect(() => expectInert('<img src="x" onerror="alert(1)"/>')).toThrow();
    expect(() => expectInert('<img src="data:image/png;base64,AA"/>')).toThrow();
    expect(() => expectInert('<p style="color:red">x</p>')).toThrow();
    expect(() => expectInert("<video></video>")).toThrow();
    expect(() => expectInert('<p title="a&quot; onclick=&quot;x">&lt;script&gt;</p>')).not.toThrow();
  });

  it.each(hostile)("%s stays inert", (_name, source) => {
    const html = render(source);
    expectInert(html);
  });

  it("shows raw HTML as text instead of rendering it", () => {
    const html = render("Hello <script>alert(1)</script> and <b>bold</b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });

  it("shows an HTML block as a paragraph of text", () => {
    const html = render('<img src=x onerror=alert(1)>\n\n<a href="javascript:alert(1)">click</a>');
    expect(html).toContain('<p class="my-3">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(anchors(html)).toEqual([]);
  });

  it("drops HTML comments", () => {
    expect(render("before <!-- hidden note --> after")).not.toContain("hidden note");
    expect(render("<!-- hidden -->\n\nvisible")).not.toContain("hidden");
  });

  it("keeps the text of a link with an unsafe target but not the link", () => {
    for (const source of ["[click me](javascript:alert(1))", "[click me](JaVaScRiPt:alert(1))", "[click me](&#106;avascript:alert(1))"]) {
      const html = render(source);
      expect(html).toContain("click me");
      expect(anchors(html)).toEqual([]);
    }
  });

  it("does not load images that are not absolute http(s)", () => {
    for (const source of [
      "![alt](data:image/png;base64,iVBORw0KGgo=)",
      "![alt](/uploads/x.png)",
      "![alt](javascript:alert(1))",
      "![alt](ftp://x.test/a.png)",
    ]) {
      const html = render(source);
      expect(html).not.toContain("<img");
      expect(html).toContain("[alt]");
    }
  });

  it("never lets a title attribute break out", () => {
    const html = render('[x](https://ok.test "a\\" onmouseover=\\"alert(1)")');
    expect(html).toContain('title="a&quot; onmouseover=&quot;alert(1)"');
  });

  it("does not let author ids clobber page ids", () => {
    // Footnote ids are the only ids markdown produces; nothing an author types becomes an id attribute.
    const html = render('<a id="csrf" name="login">x</a>\n\n# csrf');
    for (const tag of tags(html)) {
      expect(tag.attrs.has("id")).toBe(false);
      expect(tag.attrs.has("name")).toBe(false);
    }
  });
});

describe("Markdown: rendering", () => {
  it("renders a GFM table with alignment", () => {
    const html = render("| Window | Endpoint |\n| :-- | :-: |\n| 14:52–15:20 | `authenticate` |");
    expect(html).toMatch(/<table[^>]*>/);
    expect(html).toMatch(/<th[^>]*>Window<\/th>/);
    expect(html).toMatch(/<th class="[^"]*text-center[^"]*">Endpoint<\/th>/);
    expect(html).toMatch(/<td[^>]*>14:52–15:20<\/td>/);
    // Scrolls horizontally on small screens.
    expect(html).toMatch(/<div class="[^"]*overflow-x-auto[^"]*"[^>]*><table/);
  });

  it("keeps the language class of fenced code", () => {
    const html = render("```ts\nconst leak = [];\n```");
    expect(html).toMatch(/<pre[^>]*><code class="[^"]*\blanguage-ts\b[^"]*">const leak = \[\];\n<\/code><\/pre>/);
  });

  it("drops a language class that is not a plain identifier", () => {
    const html = render('```js" onclick="x\ncode\n```');
    expect(html).not.toContain("onclick");
    expectInert(html);
  });

  it("opens external links in a new tab without referrer or ranking credit", () => {
    for (const href of ["https://example.com/status", "http://example.com", "HTTPS://Example.com/x"]) {
      const [a] = anchors(render(`[ext](${href})`));
      expect(a).toBeDefined();
      expect(a).toContain('target="_blank"');
      expect(a).toContain('rel="noopener noreferrer nofollow"');
    }
    expect(render("https://example.com/autolinked")).toContain('rel="noopener noreferrer nofollow"');
    expect(render("[ext](https://example.com)")).toContain("(opens in a new tab)");
  });

  it("keeps relative links in the same tab", () => {
    for (const href of ["/incidents/2021-03-30", "history", "#timeline", "?page=2"]) {
      const [a] = anchors(render(`[rel](${href})`));
      expect(a).toContain(`href="${href}"`);
      expect(a).not.toContain("target=");
      expect(a).not.toContain("rel=");
    }
  });

  it("treats protocol-relative links as external", () => {
    const [a] = anchors(render("[x](//example.com/path)"));
    expect(a).toContain('target="_blank"');
  });

  it("keeps mailto links without a new tab", () => {
    const [a] = anchors(render("[mail](mailto:ops@example.com)"));
    expect(a).toContain('href="mailto:ops@example.com"');
    expect(a).not.toContain("target=");
  });

  it("renders http(s) images lazily and without referrer", () => {
    const html = render("![Error rate graph](https://cdn.example.com/graph.png)");
    expect(html).toMatch(/<img src="https:\/\/cdn\.example\.com\/graph\.png" alt="Error rate graph"[^>]*>/);
    expect(html).toContain('loading="lazy"');
    expect(html.toLowerCase()).toContain('referrerpolicy="no-referrer"');
  });

  it("renders headings, blockquote, hr, strikethrough, inline code and lists", () => {
    const html = render("# Summary\n\n## Timeline\n\n> quoted\n\n---\n\n~~old~~ `code`\n\n1. one\n2. two\n\n- a\n- b");
    expect(html).toMatch(/<h1[^>]*>Summary<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>Timeline<\/h2>/);
    expect(html).toMatch(/<blockquote[^>]*>\s*<p[^>]*>quoted<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<hr[^>]*\/>/);
    expect(html).toMatch(/<del[^>]*>old<\/del>/);
    expect(html).toMatch(/<code class="[^"]*">code<\/code>/);
    expect(html).toMatch(/<ol[^>]*>[\s\S]*<li[^>]*>one<\/li>/);
    expect(html).toMatch(/<ul[^>]*>[\s\S]*<li[^>]*>a<\/li>/);
  });

  it("shifts heading levels with headingOffset, keeping the author's visual size", () => {
    const plain = render("# Summary");
    const shifted = render("# Summary\n\n###### Deep", { headingOffset: 1 });
    expect(shifted).toMatch(/<h2[^>]*>Summary<\/h2>/);
    expect(shifted).toMatch(/<h6[^>]*>Deep<\/h6>/);
    expect(shifted.match(/<h2 class="([^"]*)"/)?.[1]).toBe(plain.match(/<h1 class="([^"]*)"/)?.[1]);
  });

  it("renders task lists as disabled checkboxes", () => {
    const html = render("- [x] Roll back scheduler\n- [ ] Add memory alarm");
    expect(html.match(/<input type="checkbox" disabled=""/g)).toHaveLength(2);
    expect(html).toMatch(/<input[^>]*checked=""[^>]*\/> Roll back scheduler/);
  });

  it("renders footnotes whose links point at existing ids", () => {
    const html = render("Leak[^1]\n\n[^1]: Re-triggered twice.");
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBe(2);
    for (const href of hrefs) expect(ids.has(href)).toBe(true);
  });

  it("renders an empty source as an empty wrapper", () => {
    expect(render("")).toMatch(/^<div class="[^"]*"><\/div>$/);
  });
});

describe("sanitizeSchema (defence in depth, as if raw HTML were ever parsed into elements)", () => {
  type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; value?: string; children?: Node[] };
  const el = (tagName: string, properties: Record<string, unknown> = {}, children: Node[] = []): Node => ({
    type: "element",
    tagName,
    properties,
    children,
  });
  const text = (value: string): Node => ({ type: "text", value });
  const sanitize = rehypeSanitize(sanitizeSchema) as unknown as (tree: Node) => Node;
  const run = (...children: Node[]) => JSON.stringify(sanitize({ type: "root", children }));

  it("strips script, style, iframe and svg together with their content", () => {
    const out = run(
      el("script", {}, [text("alert(1)")]),
      el("style", {}, [text("body{}")]),
      el("iframe", { src: "https://evil.test" }, [text("inner")]),
      el("svg", { onLoad: "alert(1)" }, [text("svgtext")]),
      el("p", {}, [text("kept")]),
    );
    expect(out).not.toMatch(/script|style|iframe|svg|alert|inner|svgtext|body\{\}/);
    expect(out).toContain("kept");
  });

  it("removes event handlers, style and unsafe URLs", () => {
    const out = run(
      el("img", { src: "javascript:alert(1)", onError: "alert(1)", alt: "a" }),
      el("img", { src: "data:image/png;base64,AAAA", alt: "b" }),
      el("a", { href: "javascript:alert(1)", onClick: "alert(1)", style: "color:red" }, [text("x")]),
      el("a", { href: "vbscript:msgbox(1)" }, [text("y")]),
      el("a", { href: "https://ok.test" }, [text("z")]),
    );
    expect(out).not.toMatch(/javascript|vbscript|data:|onError|onClick|style/);
    expect(out).toContain("https://ok.test");
  });

  it("keeps language-* classes on code only", () => {
    const out = run(
      el("pre", {}, [el("code", { className: ["language-ts", "evil"] }, [text("x")])]),
      el("p", { className: ["language-ts"] }, [text("y")]),
    );
    expect(out).toContain('"className":["language-ts"]');
    expect(out).not.toContain("evil");
    expect(out.match(/language-ts/g)).toHaveLength(1);
  });

  it("drops ids that could clobber page ids", () => {
    const out = run(el("p", { id: "csrf-token" }, [text("x")]), el("li", { id: "user-content-fn-1" }, [text("y")]));
    expect(out).not.toContain("csrf-token");
    expect(out).toContain("user-content-fn-1");
  });
});

describe("safe-url", () => {
  it.each([
    ["https://example.com", "https://example.com"],
    ["  /relative  ", "/relative"],
    ["mailto:ops@example.com", "mailto:ops@example.com"],
    ["foo/bar:baz", "foo/bar:baz"],
    ["#frag:ment", "#frag:ment"],
    ["javascript:alert(1)", ""],
    ["JAVASCRIPT:alert(1)", ""],
    [" \tjavascript:alert(1)", ""],
    ["java\nscript:alert(1)", ""],
    ["java\u0000script:alert(1)", ""],
    ["\u00a0javascript:alert(1)", ""],
    ["vbscript:msgbox", ""],
    ["data:text/html,<script>", ""],
    ["%6Aavascript:alert(1)", ""],
    ["tel:+49", ""],
  ])("safeHref(%j) → %j", (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it("allows only absolute http(s) image sources", () => {
    expect(safeImageSrc("https://cdn.example.com/a.png")).toBe("https://cdn.example.com/a.png");
    expect(safeImageSrc("http://cdn.example.com/a.png")).toBe("http://cdn.example.com/a.png");
    for (const src of [
      "/a.png",
      "a.png",
      "//cdn.example.com/a.png",
      "data:image/png;base64,AA",
      "javascript:alert(1)",
      "blob:https://x/1",
    ]) {
      expect(safeImageSrc(src)).toBe("");
    }
  });

  it("classifies external links", () => {
    expect(isExternalHref("https://example.com")).toBe(true);
    expect(isExternalHref("HTTP://example.com")).toBe(true);
    expect(isExternalHref("//example.com")).toBe(true);
    expect(isExternalHref("/\\example.com")).toBe(true);
    expect(isExternalHref("/incidents")).toBe(false);
    expect(isExternalHref("mailto:a@b.c")).toBe(false);
    expect(isExternalHref("#x")).toBe(false);
  });
});
