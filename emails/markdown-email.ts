import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { safeHref, safeImageSrc } from "@/lib/domain/safe-url";
import { sanitizeSchema } from "@/lib/domain/sanitize-schema";

// Markdown of an incident update or postmortem for email: the public page's rules (raw HTML shown as
// the text typed, safe-url, the same allow-list sanitizer), plus two of email's own: links made absolute,
// and images turned into links — a remote image in an email loads when opened, a tracking pixel.

export type Hast = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: Hast[] };

const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

function rehypeEmailSafety({ baseUrl }: { baseUrl: string }) {
  const absolute = (url: string) => {
    if (url === "") return "";
    try {
      return new URL(url, `${baseUrl}/`).href;
    } catch {
      return "";
    }
  };
  return (tree: Hast) => {
    const walk = (node: Hast) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child): Hast[] => {
        if (child.type === "raw") {
          if (COMMENT.test(child.value ?? "")) return [];
          const text = { type: "text", value: child.value ?? "" };
          return node.type === "root" ? [{ type: "element", tagName: "p", properties: {}, children: [text] }] : [text];
        }
        if (child.type === "element" && child.properties) {
          if (child.tagName === "img") {
            const src = safeImageSrc(String(child.properties.src ?? "").replace(/^https?:/i, (s) => s.toLowerCase()));
            const alt = typeof child.properties.alt === "string" && child.properties.alt ? child.properties.alt : "";
            if (!src) return alt ? [{ type: "text", value: alt }] : [];
            return [
              {
                type: "element",
                tagName: "a",
                properties: { href: src },
                children: [{ type: "text", value: alt ? `Image: ${alt}` : "Image" }],
              },
            ];
          }
          const href = child.properties.href;
          if (typeof href === "string") {
            const safe = absolute(safeHref(href.replace(/^(https?|mailto):/i, (s) => s.toLowerCase())));
            if (safe) child.properties.href = safe;
            else delete child.properties.href;
          }
        }
        walk(child);
        return [child];
      });
    };
    walk(tree);
  };
}

/** The sanitized tree both renderings start from. */
export function markdownToEmailTree(source: string, baseUrl: string): Hast {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeEmailSafety, { baseUrl })
    .use(rehypeSanitize, sanitizeSchema);
  return processor.runSync(processor.parse(source)) as Hast;
}

// Email clients drop <style> blocks unpredictably: each element carries its own style.
const STYLE: Record<string, string> = {
  p: "margin:0 0 12px;font-size:15px;line-height:23px;color:#111827",
  h1: "margin:20px 0 8px;font-size:18px;line-height:26px;color:#111827",
  h2: "margin:18px 0 8px;font-size:17px;line-height:24px;color:#111827",
  h3: "margin:16px 0 6px;font-size:16px;line-height:22px;color:#111827",
  h4: "margin:14px 0 6px;font-size:15px;color:#111827",
  h5: "margin:14px 0 6px;font-size:14px;color:#111827",
  h6: "margin:14px 0 6px;font-size:13px;color:#374151",
  ul: "margin:0 0 12px;padding-left:24px;font-size:15px;line-height:23px;color:#111827",
  ol: "margin:0 0 12px;padding-left:24px;font-size:15px;line-height:23px;color:#111827",
  li: "margin:2px 0",
  a: "color:#1d4ed8;text-decoration:underline",
  blockquote: "margin:0 0 12px;padding-left:12px;border-left:3px solid #d1d5db;color:#4b5563",
  code: "font-family:Menlo,Consolas,monospace;font-size:13px;background:#f3f4f6;border-radius:4px;padding:1px 4px",
  pre: "margin:0 0 12px;padding:10px 12px;background:#f3f4f6;border-radius:6px;font-family:Menlo,Consolas,monospace;font-size:13px;line-height:20px;white-space:pre-wrap",
  table: "border-collapse:collapse;margin:0 0 12px;font-size:14px",
  th: "border:1px solid #e5e7eb;padding:4px 8px;text-align:left",
  td: "border:1px solid #e5e7eb;padding:4px 8px",
  hr: "border:0;border-top:1px solid #e5e7eb;margin:16px 0",
};

function styled(node: Hast, parent?: Hast): Hast {
  const children = node.children?.map((child) => styled(child, node));
  if (node.type !== "element") return { ...node, children };
  // Code inside a code block takes the block's look.
  const style = node.tagName === "code" && parent?.tagName === "pre" ? undefined : STYLE[node.tagName ?? ""];
  return { ...node, properties: { ...node.properties, ...(style ? { style } : {}) }, children };
}

/** Sanitized HTML with inline styles, for the HTML part. */
export function markdownToEmailHtml(source: string, baseUrl: string): string {
  const tree = styled(markdownToEmailTree(source, baseUrl));
  return String(
    unified()
      .use(rehypeStringify)
      .stringify(tree as never),
  );
}
