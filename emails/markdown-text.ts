import { markdownToEmailTree, type Hast } from "./markdown-email";

// The plain-text part, from the same sanitized tree as the HTML: paragraphs separated by a blank
// line, lists kept as lists ("- ", "1. ", nested by indentation), links as "text (url)", emphasis
// without markers, code blocks indented, quotes with "> ".

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "blockquote", "table", "hr", "section", "div"]);

function inline(node: Hast): string {
  if (node.type === "text") return (node.value ?? "").replace(/\s*\n\s*/g, " ");
  if (node.type !== "element") return "";
  const inner = () => (node.children ?? []).map(inline).join("");
  switch (node.tagName) {
    case "br":
      return "\n";
    case "a": {
      const text = inner();
      const href = typeof node.properties?.href === "string" ? node.properties.href : "";
      if (!href) return text;
      const shown = href.replace(/^mailto:/, "");
      const same = (a: string) => a.replace(/\/$/, "") === href.replace(/\/$/, "") || a === shown;
      return same(text) ? shown : `${text} (${shown})`;
    }
    case "input":
      return node.properties?.checked ? "[x]" : "[ ]";
    case "sup":
      return `[${inner()}]`;
    default:
      return inner();
  }
}

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split("\n")
    .map((line, i) => (line ? (i === 0 ? first : prefix) + line : line))
    .join("\n");

function listItem(li: Hast, marker: string): string {
  const parts: string[] = [];
  let line = "";
  for (const child of li.children ?? []) {
    if (child.type === "element" && BLOCK.has(child.tagName ?? "")) {
      if (line.trim()) parts.push(tidy(line));
      line = "";
      parts.push(block(child));
    } else line += inline(child);
  }
  if (line.trim()) parts.push(tidy(line));
  return indent(parts.join("\n"), " ".repeat(marker.length), marker);
}

function block(node: Hast): string {
  if (node.type === "text") return (node.value ?? "").trim();
  if (node.type !== "element") return "";
  const children = node.children ?? [];
  switch (node.tagName) {
    case "ul":
    case "ol": {
      const start = Number(node.properties?.start ?? 1);
      const items = children.filter((c) => c.tagName === "li");
      return items.map((li, i) => listItem(li, node.tagName === "ol" ? `${start + i}. ` : "- ")).join("\n");
    }
    case "pre":
      return indent(
        children
          .map((c) => textOf(c))
          .join("")
          .replace(/\n$/, ""),
        "    ",
      );
    case "blockquote":
      return blocks(children)
        .split("\n")
        .map((l) => (l ? `> ${l}` : ">"))
        .join("\n");
    case "hr":
      return "---";
    case "table":
      return rows(node)
        .map((cells) => cells.join(" | "))
        .join("\n");
    case "section":
    case "div":
      return blocks(children);
    default:
      return tidy(children.map(inline).join(""));
  }
}

// A hard break leaves the next line's leading space; trailing spaces go too.
const tidy = (text: string) => text.replace(/ *\n */g, "\n").trim();

function textOf(node: Hast): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

function rows(node: Hast): string[][] {
  if (node.tagName === "tr")
    return [(node.children ?? []).filter((c) => c.type === "element").map((c) => (c.children ?? []).map(inline).join("").trim())];
  return (node.children ?? []).flatMap((c) => (c.type === "element" ? rows(c) : []));
}

function blocks(children: Hast[]): string {
  const out: string[] = [];
  let line = "";
  for (const child of children) {
    if (child.type === "element" && BLOCK.has(child.tagName ?? "")) {
      if (line.trim()) out.push(tidy(line));
      line = "";
      const text = block(child);
      if (text) out.push(text);
    } else line += inline(child);
  }
  if (line.trim()) out.push(tidy(line));
  return out.join("\n\n");
}

/** Markdown as clean plain text for the text part of an email. */
export function markdownToEmailText(source: string, baseUrl: string): string {
  return blocks(markdownToEmailTree(source, baseUrl).children ?? []);
}
