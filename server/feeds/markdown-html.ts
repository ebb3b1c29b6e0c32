import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { safeHref, safeImageSrc } from "@/lib/domain/safe-url";
import { sanitizeSchema } from "@/lib/domain/sanitize-schema";

type HastNode = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

// Same rules as the page (components/markdown/markdown.tsx): raw HTML in the source shows as the text the author
// typed, never as elements; URLs go through safe-url; then the same allow-list sanitizer.
function rehypeFeedSafety({ baseUrl }: { baseUrl: string }) {
  // Feed readers show the HTML away from the page: relative links are made absolute against the page URL.
  const absolute = (url: string) => {
    if (url === "") return url;
    try {
      return new URL(url, `${baseUrl}/`).href;
    } catch {
      return "";
    }
  };
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child): HastNode[] => {
        if (child.type === "raw") {
          const value = child.value ?? "";
          if (/^\s*<!--[\s\S]*?-->\s*$/.test(value)) return [];
          const text = { type: "text", value };
          return node.type === "root" ? [{ type: "element", tagName: "p", properties: {}, children: [text] }] : [text];
        }
        if (child.type === "element" && child.properties) {
          const { href, src } = child.properties;
          if (typeof href === "string")
            child.properties.href = absolute(safeHref(href.replace(/^(https?|mailto):/i, (s) => s.toLowerCase())));
          if (typeof src === "string") child.properties.src = safeImageSrc(src.replace(/^https?:/i, (s) => s.toLowerCase()));
          // A refused URL leaves the words: a link without href, an image as its alt text.
          if (child.properties.href === "") delete child.properties.href;
          if (child.tagName === "img" && !child.properties.src) {
            const alt = child.properties.alt;
            return typeof alt === "string" && alt ? [{ type: "text", value: alt }] : [];
          }
        }
        walk(child);
        return [child];
      });
    };
    walk(tree);
  };
}

/** Markdown of an update or maintenance note as sanitized HTML for feed readers. */
export function markdownToSafeHtml(source: string, baseUrl: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeFeedSafety, { baseUrl })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify);
  return String(processor.processSync(source));
}
