// A shields.io-style flat badge, built as a string: no fonts or canvas on the server, so text width comes from
// Verdana 11px advance widths (the font the SVG asks for), close enough for the box to fit the text.

export type Badge = { label: string; message: string; color: string };

const NARROW = { " ": 3.9, i: 3, l: 3, j: 3.8, f: 3.9, t: 4.3, r: 4.7, ".": 4, ",": 4, ":": 4.5, "-": 4.6, "(": 4.9, ")": 4.9, "'": 2.9 };
const WIDE = { m: 10.7, w: 8.9, M: 9.3, W: 11.9 };
const LOWER = { c: 5.7, s: 5.7, z: 5.7, e: 6.6, a: 6.6 };
const CHAR_WIDTH: Record<string, number> = { ...NARROW, ...WIDE, ...LOWER };

/** Approximate rendered width in px of `text` in Verdana 11px. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char in CHAR_WIDTH) width += CHAR_WIDTH[char]!;
    else if (/[a-z]/.test(char)) width += 6.9;
    else if (/[0-9]/.test(char)) width += 7;
    else if (/[A-Z]/.test(char)) width += 7.6;
    else width += 8; // anything else (symbols, other scripts): err on the wide side
  }
  return Math.round(width * 10) / 10;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const PADDING = 6;

export function badgeSvg({ label, message, color }: Badge): string {
  const labelWidth = Math.ceil(textWidth(label)) + 2 * PADDING;
  const messageWidth = Math.ceil(textWidth(message)) + 2 * PADDING;
  const width = labelWidth + messageWidth;
  const title = escapeXml(`${label}: ${message}`);
  const fill = /^#[0-9a-f]{3,8}$/i.test(color) ? color : "#9f9f9f";
  const text = (value: string, x: number) =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(value)}</text><text x="${x}" y="14">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${fill}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">`,
    text(label, labelWidth / 2),
    text(message, labelWidth + messageWidth / 2),
    `</g></svg>`,
  ].join("");
}
