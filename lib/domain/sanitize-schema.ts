import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

// What incident updates and postmortems may contain after markdown is turned into HTML. It starts from
// rehype-sanitize's GitHub-like default and narrows it: only the elements GFM produces, no form-ish or media
// elements, and URLs limited to http(s) (plus mailto for links). Raw HTML in the source never reaches this point as
// elements (see components/markdown/markdown.tsx), so this schema is the second line of defence, not the only one.

const aria = ["ariaLabel"];
// Ids markdown itself produces: GFM footnotes ("user-content-fn-1", "user-content-fnref-1") and the footnote
// section's heading ("footnote-label").
const USER_CONTENT_ID = /^(user-content-[\w-]+|footnote-label)$/;

const tagNames = [
  // Text and structure.
  "p",
  "br",
  "hr",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  // Inline.
  "a",
  "strong",
  "b",
  "em",
  "i",
  "del",
  "s",
  "code",
  "kbd",
  "sub",
  "sup",
  "span",
  // Lists, including GFM task lists (disabled checkboxes).
  "ul",
  "ol",
  "li",
  "input",
  // Code blocks.
  "pre",
  // GFM tables.
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  // Images (http/https only).
  "img",
  // GFM footnotes.
  "section",
  "div",
];

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames,
  // Dropped together with their content should they ever appear (e.g. if rehype-raw is added later).
  strip: ["script", "style", "iframe", "frame", "frameset", "object", "embed", "noscript", "template", "textarea", "title", "svg", "math"],
  ancestors: defaultSchema.ancestors,
  attributes: {
    a: [
      "href",
      "title",
      "ariaLabel",
      ["ariaDescribedBy", USER_CONTENT_ID],
      "dataFootnoteBackref",
      "dataFootnoteRef",
      ["className", "data-footnote-backref"],
    ],
    blockquote: ["cite"],
    code: [["className", /^language-[\w+#.-]+$/]],
    del: ["cite"],
    h2: [["className", "sr-only"]],
    img: ["alt", "title", "src", "width", "height"],
    input: [
      ["disabled", true],
      ["type", "checkbox"],
      ["checked", true, false],
    ],
    li: [["className", "task-list-item"]],
    ol: [...aria, "start", ["className", "contains-task-list"]],
    ul: [...aria, ["className", "contains-task-list"]],
    section: ["dataFootnotes", ["className", "footnotes"]],
    table: [...aria],
    th: ["align", "colSpan", "rowSpan", "scope"],
    td: ["align", "colSpan", "rowSpan"],
    "*": [["id", USER_CONTENT_ID], "dir", "lang"],
  },
  required: {
    input: { disabled: true, type: "checkbox" },
  },
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
    cite: ["http", "https"],
  },
  // remark-rehype already prefixes footnote ids with "user-content-"; clobbering again would break footnote links
  // (id "user-content-user-content-fn-1" vs href "#user-content-fn-1"). Instead only the ids listed in
  // USER_CONTENT_ID are kept at all, so author-chosen ids can never clobber page globals or ids.
  clobber: [],
  clobberPrefix: "",
};
