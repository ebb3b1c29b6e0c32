import ReactMarkdown, { type Components, type ExtraProps } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { isExternalHref, safeHref, safeImageSrc } from "@/lib/domain/safe-url";
import { sanitizeSchema } from "@/lib/domain/sanitize-schema";

// Renders incident updates and postmortems. Works as a server component and inside client components (admin live
// preview): no hooks, no server-only imports. Safety, in order:
//   1. raw HTML in the source is turned into plain text before sanitizing (HTML comments are dropped), so
//      `<script>`, `<img onerror>`, `<iframe>` … show up as literal text, never as elements;
//   2. rehype-sanitize with an explicit allow-list schema (lib/domain/sanitize-schema.ts);
//   3. every URL goes through lib/domain/safe-url.ts (http/https/mailto/relative links, http/https images).

export interface MarkdownProps {
  source: string;
  /** Extra classes for the wrapper, e.g. to change the base text size. */
  className?: string;
  /**
   * Shift heading levels so the document outline fits the page: with 1, "# Summary" becomes an <h2>. Visual size
   * still follows the level the author wrote. Levels are capped at 6.
   */
  headingOffset?: 0 | 1 | 2;
}

type HastNode = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

// Runs before rehype-sanitize:
// - raw HTML becomes the text the author typed (sanitize would silently drop it, and the author's words with it);
//   a block of HTML becomes a paragraph; HTML comments disappear;
// - "HTTPS://…" is lower-cased to "https://…" so the case-sensitive protocol check in sanitize keeps valid links.
function rehypePrepare() {
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child): HastNode[] => {
        if (child.type === "element" && child.properties) {
          for (const key of ["href", "src"]) {
            const value = child.properties[key];
            if (typeof value === "string") child.properties[key] = value.replace(/^(https?|mailto):/i, (scheme) => scheme.toLowerCase());
          }
        }
        if (child.type !== "raw") {
          walk(child);
          return [child];
        }
        const value = child.value ?? "";
        if (/^\s*<!--[\s\S]*?-->\s*$/.test(value)) return [];
        const text = { type: "text", value };
        return node.type === "root" ? [{ type: "element", tagName: "p", properties: {}, children: [text] }] : [text];
      });
    };
    walk(tree);
  };
}

function urlTransform(url: string, key: string): string {
  return key === "src" ? safeImageSrc(url) : safeHref(url);
}

// react-markdown passes the hast `node` to every component; it must not end up as a DOM attribute.
function withoutNode<T extends { node?: unknown }>(props: T): Omit<T, "node"> {
  const { node, ...rest } = props;
  void node;
  return rest;
}

function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}

const HEADING_STYLE = [
  "mt-8 mb-3 text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50",
  "mt-7 mb-3 text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50",
  "mt-6 mb-2 text-base font-semibold text-slate-900 dark:text-slate-50",
  "mt-5 mb-2 text-[0.95em] font-semibold text-slate-900 dark:text-slate-100",
  "mt-5 mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300",
  "mt-5 mb-2 text-sm font-semibold text-slate-600 dark:text-slate-400",
] as const;

type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

function heading(level: 1 | 2 | 3 | 4 | 5 | 6, offset: number) {
  const Tag = `h${Math.min(6, level + offset)}` as HeadingTag;
  function Heading({ className, ...props }: React.ComponentProps<"h1"> & ExtraProps) {
    return <Tag {...withoutNode(props)} className={cx(HEADING_STYLE[level - 1], className)} />;
  }
  Heading.displayName = `MarkdownH${level}`;
  return Heading;
}

// GFM column alignment arrives as `style.textAlign` (or `align`); turn it into a class so no inline style is needed.
function alignClass(align: unknown, style: React.CSSProperties | undefined): string | undefined {
  if (align === undefined) align = style?.textAlign;
  if (align === "center") return "text-center";
  if (align === "right") return "text-right";
  return undefined;
}

type TextTree = { type: string; value?: string; children?: TextTree[] };

function textLength(node: TextTree | undefined): number {
  if (!node) return 0;
  if (node.type === "text") return node.value?.length ?? 0;
  return (node.children ?? []).reduce((sum, child) => sum + textLength(child), 0);
}

const LANGUAGE = /(?:^|\s)language-([\w+#.-]{1,24})(?:\s|$)/;

function codeLanguage(node: ExtraProps["node"]): string | null {
  const code = node?.children.find((child) => child.type === "element" && child.tagName === "code");
  if (!code || code.type !== "element") return null;
  const className = code.properties.className;
  const classes = Array.isArray(className) ? className.join(" ") : typeof className === "string" ? className : "";
  return LANGUAGE.exec(classes)?.[1] ?? null;
}

const baseComponents: Components = {
  p: (props) => <p {...withoutNode(props)} className="my-3" />,
  a: ({ href, children, className, ...props }) => {
    const url = typeof href === "string" ? href : "";
    // Unsafe targets arrive here as "": keep the text, drop the link.
    if (url === "") return <span className={className}>{children}</span>;
    const linkClass = cx(
      "font-medium text-blue-700 underline decoration-blue-700/30 underline-offset-2 transition-colors hover:decoration-current focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-400 dark:decoration-blue-400/40",
      className,
    );
    if (isExternalHref(url)) {
      return (
        <a {...withoutNode(props)} href={url} className={linkClass} target="_blank" rel="noopener noreferrer nofollow">
          {children}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      );
    }
    return (
      <a {...withoutNode(props)} href={url} className={linkClass}>
        {children}
      </a>
    );
  },
  img: ({ src, alt, title, width, height }) => {
    const url = typeof src === "string" ? src : "";
    if (url === "") return alt ? <span className="text-slate-500 italic dark:text-slate-400">[{alt}]</span> : null;
    return (
      // eslint-disable-next-line @next/next/no-img-element -- arbitrary remote images from markdown; next/image would need every host configured.
      <img
        src={url}
        alt={alt ?? ""}
        title={title}
        width={width}
        height={height}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className="my-4 inline-block h-auto max-w-full rounded-lg border border-slate-200 dark:border-slate-800"
      />
    );
  },
  ul: ({ className, ...props }) => (
    <ul
      {...withoutNode(props)}
      className={cx(
        "my-3",
        className?.includes("contains-task-list") ? "list-none pl-1" : "list-disc pl-6 marker:text-slate-400 dark:marker:text-slate-500",
        className,
      )}
    />
  ),
  ol: ({ className, ...props }) => (
    <ol {...withoutNode(props)} className={cx("my-3 list-decimal pl-6 marker:text-slate-500 dark:marker:text-slate-400", className)} />
  ),
  li: ({ className, ...props }) => (
    <li
      {...withoutNode(props)}
      className={cx(
        "my-1 pl-1 [&>ol]:my-1 [&>p]:my-1 [&>ul]:my-1",
        className?.includes("task-list-item") && "flex items-baseline gap-2",
        className,
      )}
    />
  ),
  input: ({ type, checked, disabled }) =>
    type === "checkbox" ? (
      <input
        type="checkbox"
        checked={Boolean(checked)}
        disabled={disabled}
        readOnly
        className="relative top-0.5 size-3.5 shrink-0 accent-slate-700 dark:accent-slate-300"
      />
    ) : null,
  blockquote: (props) => (
    <blockquote
      {...withoutNode(props)}
      className="my-4 border-l-4 border-slate-300 pl-4 text-slate-600 dark:border-slate-700 dark:text-slate-400 [&>p]:my-2"
    />
  ),
  hr: (props) => <hr {...withoutNode(props)} className="my-8 border-slate-200 dark:border-slate-800" />,
  del: (props) => <del {...withoutNode(props)} className="text-slate-500 dark:text-slate-400" />,
  strong: (props) => <strong {...withoutNode(props)} className="font-semibold text-slate-900 dark:text-slate-50" />,
  code: ({ className, ...props }) => (
    <code
      {...withoutNode(props)}
      className={cx(
        "rounded-md border border-slate-200 bg-slate-100 px-1.5 py-0.5 font-mono text-[0.85em] text-slate-800 dark:border-slate-700/60 dark:bg-slate-800/70 dark:text-slate-200",
        className,
      )}
    />
  ),
  kbd: (props) => (
    <kbd
      {...withoutNode(props)}
      className="rounded border border-b-2 border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-[0.8em] dark:border-slate-600 dark:bg-slate-800"
    />
  ),
  pre: ({ node, children, ...props }) => {
    const language = codeLanguage(node);
    return (
      <div className="relative my-4">
        {language && (
          <span className="pointer-events-none absolute top-2 right-3 font-mono text-[11px] tracking-wide text-slate-400 uppercase select-none dark:text-slate-500">
            {language}
          </span>
        )}
        <pre
          {...props}
          tabIndex={0}
          className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 font-mono text-[13px] leading-6 text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-800 dark:bg-slate-900/70 dark:text-slate-200 [&>code]:rounded-none [&>code]:border-0 [&>code]:bg-transparent [&>code]:p-0 [&>code]:text-[length:inherit] [&>code]:text-inherit"
        >
          {children}
        </pre>
      </div>
    );
  },
  table: (props) => (
    <div className="my-4 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800" tabIndex={0}>
      <table {...withoutNode(props)} className="w-full border-collapse text-left text-sm tabular-nums" />
    </div>
  ),
  thead: (props) => <thead {...withoutNode(props)} className="bg-slate-50 dark:bg-slate-900/70" />,
  tr: (props) => <tr {...withoutNode(props)} className="border-b border-slate-200 last:border-b-0 dark:border-slate-800" />,
  th: ({ align, style, ...props }) => (
    <th
      {...withoutNode(props)}
      className={cx("px-3 py-2 font-semibold whitespace-nowrap text-slate-900 dark:text-slate-100", alignClass(align, style))}
    />
  ),
  td: ({ node, align, style, ...props }) => (
    <td
      {...props}
      className={cx(
        "px-3 py-2 align-top text-slate-700 dark:text-slate-300",
        // A column with prose in it keeps a readable width; on a narrow screen the table then scrolls sideways
        // instead of squeezing that column into one word per line.
        textLength(node) > 24 && "min-w-56",
        alignClass(align, style),
      )}
    />
  ),
  section: ({ className, ...props }) => (
    <section
      {...withoutNode(props)}
      className={cx(className, "mt-8 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400")}
    />
  ),
};

const componentsByOffset = new Map<number, Components>();

function componentsFor(offset: number): Components {
  let components = componentsByOffset.get(offset);
  if (!components) {
    components = {
      ...baseComponents,
      h1: heading(1, offset),
      h2: heading(2, offset),
      h3: heading(3, offset),
      h4: heading(4, offset),
      h5: heading(5, offset),
      h6: heading(6, offset),
    };
    componentsByOffset.set(offset, components);
  }
  return components;
}

const remarkPlugins = [remarkGfm];
const rehypePlugins = [rehypePrepare, [rehypeSanitize, sanitizeSchema]] as NonNullable<
  React.ComponentProps<typeof ReactMarkdown>["rehypePlugins"]
>;

export function Markdown({ source, className, headingOffset = 0 }: MarkdownProps) {
  return (
    <div
      className={cx(
        "min-w-0 text-[15px] leading-[1.7] text-slate-800 [overflow-wrap:anywhere] dark:text-slate-300 [&>:first-child]:mt-0 [&>:last-child]:mb-0",
        className,
      )}
    >
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        components={componentsFor(headingOffset)}
        urlTransform={urlTransform}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
