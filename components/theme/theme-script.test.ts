import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseTheme, THEME_STORAGE_KEY } from "./theme-constants";
import { THEME_SCRIPT, ThemeScript } from "./theme-script";
import { ThemeToggle } from "./theme-toggle";

// Runs the inline script against a minimal fake document/localStorage.
function runScript(stored: string | null, initial: string[] = [], storageThrows = false) {
  const classes = new Set(initial);
  const root = {
    classList: { add: (c: string) => classes.add(c), remove: (...cs: string[]) => cs.forEach((c) => classes.delete(c)) },
    style: { colorScheme: "" },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error("SecurityError");
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  new Function("localStorage", "document", THEME_SCRIPT)(localStorage, { documentElement: root });
  return { classes: [...classes], colorScheme: root.style.colorScheme };
}

describe("THEME_SCRIPT", () => {
  it("applies a stored light or dark choice", () => {
    expect(runScript("dark")).toEqual({ classes: ["dark"], colorScheme: "dark" });
    expect(runScript("light", ["dark"])).toEqual({ classes: ["light"], colorScheme: "light" });
  });

  it("leaves system (nothing stored, or junk) to the media query", () => {
    expect(runScript(null)).toEqual({ classes: [], colorScheme: "" });
    expect(runScript('"><script>')).toEqual({ classes: [], colorScheme: "" });
  });

  it("never throws when storage is blocked", () => {
    expect(() => runScript(null, [], true)).not.toThrow();
  });

  it("renders as one inline script with an optional nonce", () => {
    expect(renderToStaticMarkup(createElement(ThemeScript))).toBe(`<script>${THEME_SCRIPT}</script>`);
    expect(renderToStaticMarkup(createElement(ThemeScript, { nonce: "abc" }))).toContain('nonce="abc"');
    expect(THEME_SCRIPT).not.toMatch(/<\/script/i);
  });
});

describe("parseTheme", () => {
  it("accepts light/dark and treats everything else as system", () => {
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("dark")).toBe("dark");
    for (const v of [null, undefined, "", "system", "DARK", 1]) expect(parseTheme(v)).toBe("system");
  });
});

describe("ThemeToggle (server render)", () => {
  it("is a labelled group of three toggle buttons with System pressed", () => {
    const html = renderToStaticMarkup(createElement(ThemeToggle));
    expect(html).toMatch(/role="group" aria-label="Colour theme"/);
    expect(html.match(/<button/g)).toHaveLength(3);
    expect(html.match(/aria-pressed="true"[^>]*>[\s\S]*?<\/button>/)?.[0]).toContain(">System<");
    for (const label of ["System", "Light", "Dark"]) expect(html).toContain(`<span class="sr-only">${label}</span>`);
  });
});
