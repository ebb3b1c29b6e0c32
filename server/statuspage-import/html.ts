// Statuspage update bodies are plain text that may hold a little HTML (links, bold, line breaks).
// Our pages render markdown with raw HTML removed, so the HTML is turned into the same markdown here,
// and anything else is dropped as tags (its text kept).

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Markdown for a body that may contain HTML; a body without tags only has its entities decoded. */
export function htmlToMarkdown(body: string): string {
  if (!/<[a-z/!]/i.test(body)) return decode(body).trim();
  const markdown = body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?p\b[^>]*>/gi, "\n\n")
    .replace(/<a\b[^>]*\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, _q: string, href: string, text: string) => {
      const label = text.replace(/<[^>]+>/g, "").trim() || href;
      return /^(https?:|mailto:)/i.test(href.trim()) ? `[${label}](${href.trim()})` : label;
    })
    .replace(/<\/?(strong|b)\b[^>]*>/gi, "**")
    .replace(/<\/?(em|i)\b[^>]*>/gi, "_")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<\/(li|ul|ol)\s*>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  return decode(markdown)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
