import { describe, expect, it } from "vitest";
import { embedHtml } from "@/server/badge/embed-html";
import { widgetConfig } from "@/server/badge/widget-script";
import { snapshot } from "@/test/fixtures/snapshot";
import { buildRssFeed } from "./build-feed";
import { buildMaintenanceCalendar } from "./ical";

const BASE = "https://status.acme.example";
const inLanguage = (language: "en" | "fr") => {
  const s = snapshot();
  return { ...s, page: { ...s.page, language } };
};

// Feeds, the calendar, the widget and the embed speak the snapshot's language; English when it has none.
describe("the page's language outside the page", () => {
  it("names the feed's language and writes its words and dates in it", () => {
    const english = buildRssFeed(snapshot(), BASE);
    expect(english).toContain("<language>en</language>");
    expect(english).toContain("Maintenance: Scheduled");
    const french = buildRssFeed(inLanguage("fr"), BASE);
    expect(french).toContain("<language>fr</language>");
    expect(french).toContain("<title>État de Acme</title>");
    expect(french).toContain("Maintenance\u00a0: Planifiée");
    expect(french).toMatch(/Prévue du \d+ mars 2026/);
  });

  it("names the calendar in the language", () => {
    expect(buildMaintenanceCalendar(snapshot(), BASE)).toContain("X-WR-CALNAME:Acme maintenance");
    expect(buildMaintenanceCalendar(inLanguage("fr"), BASE)).toContain("X-WR-CALNAME:Maintenances de Acme");
  });

  it("gives the widget and the embed the language's status words", () => {
    expect(widgetConfig(inLanguage("fr"), BASE).styles.operational.overall).toBe("Tous les systèmes sont opérationnels");
    const embed = embedHtml(inLanguage("fr"), BASE);
    expect(embed).toContain('<html lang="fr">');
    expect(embed).toContain("Panne partielle</a>");
    expect(embedHtml(snapshot(), BASE)).toContain('<html lang="en">');
  });
});
