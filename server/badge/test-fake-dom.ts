import vm from "node:vm";

// Just enough of the DOM for widget.js to run under node:vm in unit tests (no jsdom in this project).
// innerHTML throws, so any use of it with page data fails the tests.

export class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  shadowRoot: FakeElement | null = null;
  style: Record<string, string> = {};
  textContent = "";
  className = "";
  href = "";
  target = "";
  rel = "";
  title = "";

  constructor(
    readonly tagName: string,
    attributes: Record<string, string> = {},
  ) {
    for (const [name, value] of Object.entries(attributes)) this.attributes.set(name, value);
  }

  set innerHTML(_html: string) {
    throw new Error("innerHTML used");
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, String(value));
  }
  appendChild(child: FakeElement) {
    return this.insertBefore(child, null);
  }
  insertBefore(child: FakeElement, before: FakeElement | null) {
    const index = before ? this.children.indexOf(before) : -1;
    this.children.splice(index === -1 ? this.children.length : index, 0, child);
    child.parentNode = this;
    return child;
  }
  get nextSibling(): FakeElement | null {
    const siblings = this.parentNode?.children ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  attachShadow(_init: { mode: string }) {
    if (this.shadowRoot) throw new Error("NotSupportedError: already has a shadow root");
    this.shadowRoot = Object.assign(new FakeElement("#shadow-root"), { adoptedStyleSheets: [] as unknown[] });
    return this.shadowRoot;
  }
  contains(node: FakeElement | null): boolean {
    for (let n = node; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
  /** Light-DOM descendants, depth first (not into shadow roots, like querySelectorAll). */
  descendants(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  /** Text as a browser would read it out: own textContent, else the children's. */
  text(): string {
    return this.textContent || this.children.map((c) => c.text()).join("");
  }
}

class FakeStyleSheet {
  cssText = "";
  replaceSync(css: string) {
    this.cssText = css;
  }
}

export type FakePage = ReturnType<typeof fakePage>;

type PageOptions = {
  readyState?: DocumentReadyState;
  fetch?: (url: string) => Promise<unknown>;
  /** Whether `new CSSStyleSheet()` works (current browsers); without it the script falls back to <style>. */
  constructedSheets?: boolean;
};

/** A page with `head` and `body`; `currentScript` is the script element as seen while widget.js runs. */
export function fakePage(options: PageOptions = {}) {
  const head = new FakeElement("head");
  const body = new FakeElement("body");
  const listeners: Array<() => void> = [];
  const intervals: Array<{ run: () => void; ms: number }> = [];
  const warnings: string[] = [];
  const fetched: string[] = [];
  const document = {
    head,
    body,
    currentScript: null as FakeElement | null,
    readyState: options.readyState ?? "complete",
    hidden: false,
    createElement: (tag: string) => new FakeElement(tag),
    querySelectorAll: (selector: string) => {
      if (selector !== "[data-statuspage-widget]") throw new Error(`unexpected selector ${selector}`);
      return [...head.descendants(), ...body.descendants()].filter((e) => e.attributes.has("data-statuspage-widget"));
    },
    addEventListener: (type: string, listener: () => void) => type === "DOMContentLoaded" && listeners.push(listener),
  };
  const fetch = (url: string) => {
    fetched.push(url);
    return options.fetch ? options.fetch(url) : Promise.reject(new Error("offline"));
  };
  const context = vm.createContext({
    document,
    Element: FakeElement,
    fetch,
    setInterval: (run: () => void, ms: number) => intervals.push({ run, ms }),
    console: { warn: (...args: unknown[]) => warnings.push(args.join(" ")) },
    ...(options.constructedSheets ? { CSSStyleSheet: FakeStyleSheet } : {}),
  });
  return {
    document,
    head,
    body,
    intervals,
    warnings,
    fetched,
    /** Runs widget.js as if `script` (already placed in the page) were its element. */
    run(code: string, script: FakeElement | null) {
      document.currentScript = script;
      vm.runInContext(code, context);
      document.currentScript = null;
    },
    domContentLoaded() {
      document.readyState = "interactive";
      listeners.forEach((listener) => listener());
    },
  };
}

/** The pill inside a widget host: its link and dot. */
export function pill(host: FakeElement) {
  const link = host.shadowRoot?.children.find((c) => c.tagName === "a");
  if (!link) throw new Error("no pill in the shadow root");
  const dot = link.children.find((c) => c.className === "dot");
  if (!dot) throw new Error("no status dot in the pill");
  return { link, dot, logo: link.children.find((c) => c.tagName === "img") ?? null, text: link.text() };
}

export const jsonResponse = (body: unknown) => Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) });
