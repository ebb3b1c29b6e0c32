import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createUser, signIn, giveOwnAddress } from "./support/admin";
import { startApp } from "@/test/app-process";
import { switchScheme } from "./support/axe";
import { e2eDb } from "./support/db";

const SHOTS = "artifacts/screenshots";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("first run", () => {
  test.setTimeout(240_000);
  // Its own app and empty database: "no owner yet" is a whole-database state.
  const PORT = 3117;

  test("the start prints one setup link; it creates the owner, signs them in, and works once", async ({ browser }) => {
    mkdirSync(path.resolve("data/e2e"), { recursive: true });
    const file = path.resolve(`data/e2e/first-run-${Date.now()}.db`);
    const app = await startApp({ DATABASE_URL: `file:${file}`, SEED_DEMO_DATA: "0" }, PORT);
    try {
      const lines = app
        .output()
        .split("\n")
        .filter((line) => line.includes("/admin/setup?token="));
      expect(lines).toHaveLength(1);
      const link = new URL(lines[0]!.slice(lines[0]!.indexOf("http")).trim());
      expect(link.searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const base = `http://127.0.0.1:${PORT}`;
      const setupUrl = `${base}${link.pathname}${link.search}`;

      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await page.goto(`${base}/admin/login`);
      await expect(page.getByText("No owner account yet.")).toBeVisible();

      await page.goto(`${base}/admin/setup?token=not-the-token`);
      await expect(page.getByRole("heading", { name: "This setup link does not work" })).toBeVisible();

      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(setupUrl);
      await expect(page.getByRole("heading", { name: "Create the owner account" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/admin-setup-light.png`, fullPage: true });
      await switchScheme(page, "dark");
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/admin-setup-dark.png`, fullPage: true });
      await switchScheme(page, "light");

      // Bad input first: field errors, and what was typed stays.
      await page.getByLabel("Your name").fill("Olivia Owner");
      await page.getByLabel("Email").fill("olivia@example.com");
      await page.getByLabel("Password", { exact: true }).fill("too short");
      await page.getByLabel("Repeat password").fill("too short");
      await page.getByRole("button", { name: "Create owner account" }).click();
      await expect(page.getByText("Use at least 12 characters")).toBeVisible();
      await expect(page.getByLabel("Your name")).toHaveValue("Olivia Owner");

      await page.getByLabel("Password", { exact: true }).fill("a proper owner passphrase");
      await page.getByLabel("Repeat password").fill("a proper owner passphrase");
      await page.getByRole("button", { name: "Create owner account" }).click();
      await expect(page).toHaveURL(`${base}/admin`);
      await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
      await expect(page.getByTestId("signed-in-user").filter({ visible: true })).toContainText("Olivia Owner");

      await page.goto(setupUrl);
      await expect(page.getByRole("heading", { name: "Already set up" })).toBeVisible();
      await context.close();
    } finally {
      await app.stop();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    }
  });
});

test("login: a wrong password is refused, the right one opens the page asked for, sign out ends it", async ({ page }) => {
  const admin = await createUser(e2eDb(), { role: "admin", name: "Ada Admin" });
  await giveOwnAddress(page);
  await page.goto("/admin/team");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fteam$/);

  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");

  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/team$/);
  await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();
  await expect(page.getByTestId("signed-in-user").filter({ visible: true })).toContainText("Ada Admin");

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test("login ignores a next parameter that leaves the site", async ({ page }) => {
  const editor = await createUser(e2eDb(), { role: "editor" });
  await signIn(page, editor.email, editor.password, { next: "//evil.example/admin" });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
});

test("a viewer gets a read-only console, and the server refuses their mutations with 403", async ({ page }) => {
  const db = e2eDb();
  const viewer = await createUser(db, { role: "viewer", name: "Vic Viewer" });
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("signed-in-user").filter({ visible: true })).toContainText("Read-only");
  await expect(page.getByRole("link", { name: "Declare incident" })).toHaveCount(0);

  // Keyboard: "?" lists the shortcuts, "g t" opens the team page.
  await page.keyboard.press("Shift+Slash");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("g");
  await page.keyboard.press("t");
  await expect(page).toHaveURL(/\/admin\/team$/);
  await expect(page.getByText("You have read-only access to the team.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Disable" })).toHaveCount(0);

  // The same request the UI would make, sent directly with the viewer's session.
  const email = `sneaky-${Date.now()}@example.com`;
  const origin = new URL(page.url()).origin;
  const refused = await page.request.post("/api/admin/team/invitations", { data: { email, role: "admin" }, headers: { origin } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: "Your role does not allow this" });
  expect(await db.invitation.count({ where: { email } })).toBe(0);

  // No public sign-up either.
  const signUp = await page.request.post("/api/auth/sign-up/email", {
    data: { email, password: "a long enough password", name: "Mallory" },
    headers: { origin },
  });
  expect(signUp.ok()).toBe(false);
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("an admin invites an editor, who joins through the link", async ({ page, browser }) => {
  const admin = await createUser(e2eDb(), { role: "admin" });
  await signIn(page, admin.email, admin.password, { next: "/admin/team" });
  const email = `new-editor-${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  await expect(page.locator(`[data-invitation="${email}"]`)).toBeVisible();

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await giveOwnAddress(invitee);
  await invitee.goto(new URL(link).pathname + new URL(link).search);
  await expect(invitee.getByRole("heading", { name: "Join the team" })).toBeVisible();
  await expect(invitee.getByText(email)).toBeVisible();
  await invitee.getByLabel("Your name").fill("Eddie Editor");
  await invitee.getByLabel("Password", { exact: true }).fill("an editor passphrase");
  await invitee.getByLabel("Repeat password").fill("an editor passphrase");
  await invitee.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(invitee.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(invitee.getByTestId("signed-in-user").filter({ visible: true })).toContainText("Eddie Editor");
  await expect(invitee.getByTestId("signed-in-user").filter({ visible: true })).toContainText("Editor");
  await inviteeContext.close();

  await page.reload();
  await expect(page.locator(`[data-member="${email}"]`)).toContainText("Eddie Editor");
  await expect(page.locator(`[data-invitation="${email}"]`)).toHaveCount(0);
});

test("password change on the account page: the current password is checked, the new one works", async ({ page }) => {
  const editor = await createUser(e2eDb(), { role: "editor" });
  await signIn(page, editor.email, editor.password, { next: "/admin/account" });
  const next = "a brand new passphrase";
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Repeat new password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Current password is incorrect")).toBeVisible();

  await page.getByLabel("Current password").fill(editor.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  // This session was renewed, not ended.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await signIn(page, editor.email, next);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`login and dashboard look right and pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await giveOwnAddress(page);
    await page.goto("/admin/login");
    await expect(page.getByRole("heading", { name: "Sign in to the admin console" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/admin-login-${scheme}.png`, fullPage: true });

    const owner = await createUser(e2eDb(), { role: "owner", name: "Olga Owner" });
    await signIn(page, owner.email, owner.password);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/admin-dashboard-${scheme}.png`, fullPage: true });

    await page.goto("/admin/team");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/admin-team-${scheme}.png`, fullPage: true });
    await page.goto("/admin/account");
    await expectNoAxeViolations(page);
  });
}

test("the console fits a phone: top bar navigation, no sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const editor = await createUser(e2eDb(), { role: "editor", name: "Pat Phone" });
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Incidents" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/admin-dashboard-phone.png`, fullPage: true });
  await context.close();
});
