import { expect, test } from "@playwright/test";
import { messages } from "@/lib/i18n";
import { en } from "@/lib/i18n/en";
import { bumpPublicRevision } from "@/server/public/revision";
import { INCIDENT_2021_TITLE } from "@/server/seed/demo-2021-incident";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";
import { publishOpenIncident, resolveIncident } from "./support/incidents";
import { untilPageLanguage } from "./support/settled";

// The page's language is a setting: set to German in the console, the public page, its dates, its feed and
// <html lang> follow. Specs share one database, so English is put back whatever happens here.

const de = messages("de");

test.afterAll(async () => {
  const db = e2eDb();
  await db.setting.update({ where: { id: "default" }, data: { language: "en" } });
  await db.$transaction((tx) => bumpPublicRevision(tx));
  // The next spec reads English: wait for the app to serve it again.
  await untilPageLanguage("en");
});

test("an admin switches the page to German and it reads German, with German dates", async ({ page }) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/settings");
  const form = page.getByRole("form", { name: "Settings" });
  await form.getByLabel("Language").selectOption({ label: "Deutsch" });
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
  expect((await db.setting.findUniqueOrThrow({ where: { id: "default" } })).language).toBe("de");
  // The console itself stays English.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const open = await publishOpenIncident(db, "Verzögerte Ereignisse");
  try {
    // Saved in this app: the next revision is German (the incident bumped it once more).
    await expect(async () => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "de", { timeout: 250 });
      await expect(page.getByRole("link", { name: "Verzögerte Ereignisse" })).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 10_000, intervals: [250] });
    await expect(page.getByRole("region", { name: "Gesamtstatus" })).toContainText(de.overall.degraded_performance);
    await expect(page.getByRole("heading", { name: "Aktuelle Störungen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Komponenten", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Updates abonnieren" })).toBeVisible();
    const card = page.locator(`[data-incident="${open.incident.slug}"]`);
    await expect(card).toContainText("Geringe Auswirkung");
    await expect(card).toContainText("Wird untersucht");
    // The update's time in German: today's month as German writes it short ("Dez."), minutes ago in words.
    const month = new Intl.DateTimeFormat("de-DE", { month: "short", timeZone: "America/New_York" }).format(new Date());
    await expect(card.locator("time")).toContainText(month);
    await expect(card.locator("time")).toContainText(/vor \d+ Minute|jetzt/);
    await expect(page.locator('[data-component="Track endpoint"]')).toContainText("Eingeschränkte Leistung");
    await expect(page.locator('[data-component="Dashboard"]')).toContainText(/\d+(\.\d+)?% Verfügbarkeit/);
    await expectAccessibleInBothSchemes(page, "german-home");

    // A past incident: its dates in German ("30. März 2021"), its windows and labels too.
    const seeded = await db.incident.findFirstOrThrow({ where: { title: INCIDENT_2021_TITLE } });
    await page.goto(`/incidents/${seeded.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("link", { name: "← Störungsverlauf" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Zeiträume der Beeinträchtigung" })).toBeVisible();
    await expect(page.getByText("Begonnen")).toBeVisible();
    await expect(page.locator("dd time").first()).toContainText("30. März 2021");
    await expectAccessibleInBothSchemes(page, "german-incident");

    // History: month headings in German.
    await page.goto("/history");
    await expect(page.getByRole("heading", { level: 1, name: "Störungsverlauf" })).toBeVisible();
    await expect(page.locator("[data-month] h2").first()).toHaveText(
      new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date()),
    );

    // The feed says it is German and speaks it.
    const rss = await (await page.request.get("/feed.rss")).text();
    expect(rss).toContain("<language>de</language>");
    expect(rss).toContain("Wird untersucht · Geringe Auswirkung");

    // The subscribe page, a form rendered per request, speaks it too.
    await page.goto("/subscribe");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Updates abonnieren" })).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toBeVisible();
    await expect(page.getByRole("radio", { name: /Alle Komponenten/ })).toBeChecked();
    await expectAccessibleInBothSchemes(page, "german-subscribe");
    // The server answers in English; the form shows its refusals in German, beside the fields.
    await page.getByLabel("E-Mail-Adresse").fill("kein-gueltiger-name");
    await page.getByRole("radio", { name: new RegExp(de.subscribe.some) }).check();
    await page.getByRole("button", { name: "Abonnieren" }).click();
    await expect(page.getByText(de.answers.emailInvalid)).toBeVisible();
    await expect(page.getByText(de.answers.chooseComponents)).toBeVisible();
    await expect(page.getByText(en.answers.emailInvalid)).toHaveCount(0);
    // A confirmation link that is not (or no longer) valid says so in German.
    await page.goto("/subscribe/confirm/not-a-real-token");
    await expect(page.getByRole("heading", { level: 1, name: de.subscribe.confirmTitle })).toBeVisible();
    await expect(page.getByText(de.answers.confirmUnknown)).toBeVisible();
    // Chat channels too: the page, its form and what the server refuses.
    await page.goto("/subscribe/chat");
    await expect(page.getByRole("heading", { level: 1, name: de.chat.title })).toBeVisible();
    await page.getByRole("button", { name: de.chat.submit }).click();
    await expect(page.getByText(de.answers.chatUrlRequired)).toBeVisible();
    await expectAccessibleInBothSchemes(page, "german-chat");
  } finally {
    await resolveIncident(db, open.incident.id, open.component.id);
  }
});
