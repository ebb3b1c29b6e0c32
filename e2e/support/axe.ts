import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Switches a loaded page's colour scheme and waits for its CSS transitions to end. Controls fade their
 * colours (transition-colors), so right after the switch a dark-scheme text can still sit on the light
 * background it is leaving: axe run in that moment reports a contrast no one ever sees (CI, languages spec).
 */
export async function switchScheme(page: Page, scheme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  // Transitions only: an endless animation would never finish.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** axe finds nothing on the page, light and dark; a full-page screenshot of each for review. */
export async function expectAccessibleInBothSchemes(page: Page, shot: string): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await switchScheme(page, scheme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.screenshot({ path: `artifacts/screenshots/${shot}-${scheme}.png`, fullPage: true });
  }
  await switchScheme(page, "light");
}
