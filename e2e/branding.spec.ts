import { expect, test } from "@playwright/test";
import { bumpPublicRevision } from "@/server/public/revision";
import { SmtpCatcher } from "@/test/smtp-catcher";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";
import { E2E_SMTP_PORT } from "./support/ports";

const catcher = new SmtpCatcher();
test.beforeAll(async () => {
  await catcher.start(E2E_SMTP_PORT);
});

// Branding set in the console shows on the public page: accent, dark-mode logo, icon, support and footer links.
// An accent white text cannot be read on is refused, naming the field and the ratio it reached.

test.afterAll(async () => {
  await catcher.stop();
  const db = e2eDb();
  await db.setting.update({
    where: { id: "default" },
    data: { accentColor: null, logoDarkUrl: null, faviconUrl: null, supportUrl: null, footerLinks: null },
  });
  await db.$transaction((tx) => bumpPublicRevision(tx));
});

test("an admin brands the page; a colour that fails WCAG AA is refused", async ({ page }) => {
  test.setTimeout(90_000);
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/settings");

  const form = page.getByRole("form", { name: "Settings" });
  await form.getByLabel("Accent colour").fill("#fbbf24");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(
    form.getByText("Accent colour #fbbf24 has a contrast of 1.6:1 with the white text on it; WCAG AA needs 4.5:1."),
  ).toBeVisible();
  expect((await db.setting.findUniqueOrThrow({ where: { id: "default" } })).accentColor).toBeNull();

  await form.getByLabel("Accent colour").fill("#1D4ED8");
  await form.getByLabel("Dark-mode logo URL").fill("/favicon.svg");
  await form.getByLabel("Icon URL").fill("/favicon.svg?brand");
  await form.getByLabel("Support URL").fill("mailto:help@acme.example");
  await form.getByLabel("Footer links").fill("Privacy | https://acme.example/privacy\nTerms | https://acme.example/terms");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
  expect((await db.setting.findUniqueOrThrow({ where: { id: "default" } })).accentColor).toBe("#1d4ed8");

  // Saved in this app: the public page has it at once.
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Subscribe to updates" })).toHaveCSS("background-color", "rgb(29, 78, 216)");
  const footer = page.getByRole("navigation", { name: "Footer" });
  await expect(footer.getByRole("link", { name: "Contact support" })).toHaveAttribute("href", "mailto:help@acme.example");
  await expect(footer.getByRole("link", { name: "Privacy" })).toHaveAttribute("href", "https://acme.example/privacy");
  await expect(footer.getByRole("link", { name: "Terms" })).toHaveAttribute("href", "https://acme.example/terms");
  await expect(page.locator('link[rel="icon"][href="/favicon.svg?brand"]')).toHaveCount(1);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator('img[data-logo="dark"]')).toBeVisible();
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessibleInBothSchemes(page, "branded-home");

  // The widget: the accent on the pill's hover and focus border (its logo needs an https page, see unit tests).
  expect(await (await page.request.get("/widget.js")).text()).toContain("a:hover,a:focus-visible{border-color:#1d4ed8}");

  // An email: the confirmation a new subscriber gets has its button in the accent.
  const address = `branded-${Date.now()}@example.test`;
  await page.goto("/subscribe");
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText(/inbox/i).first()).toBeVisible();
  await expect
    .poll(() => catcher.mails.find((m) => m.to.includes(address))?.html ?? "", { timeout: 30_000 })
    .toContain("background-color:#1d4ed8");
});
