import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/admin";
import { expectAccessibleInBothSchemes } from "./support/axe";
import { e2eDb } from "./support/db";

// Whatever happens here, no kill switch stays on for the specs after this one.
test.afterAll(async () => {
  await e2eDb().jobControl.updateMany({ data: { paused: false } });
});

test("an admin pauses maintenance automation with a reason, sees it held, and resumes it", async ({ page }) => {
  const db = e2eDb();
  const admin = await createUser(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Background jobs" }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { name: "Background jobs" })).toBeVisible();
  for (const name of ["Delivery", "Webhook delivery", "Maintenance automation", "Subscriber import", "Alert processing"]) {
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
  }

  await expectAccessibleInBothSchemes(page, "admin-jobs");

  const panel = page.getByTestId("job-maintenance");
  await panel.getByLabel("Reason (optional)").fill("Calendar migration");
  page.once("dialog", (dialog) => dialog.accept());
  await panel.getByRole("button", { name: "Pause maintenance automation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Maintenance automation paused" })).toContainText(
    /Maintenance automation paused: workers claim nothing until you resume; \d+ due transitions? waits?\./,
  );
  await expect(panel).toContainText(`Paused: Calendar migration (by ${admin.email}).`);
  expect(await db.jobControl.findUnique({ where: { jobClass: "maintenance" } })).toMatchObject({
    paused: true,
    reason: "Calendar migration",
  });
  const audit = await db.auditLog.findFirst({ where: { action: "job.pause", entityId: "maintenance" }, orderBy: { createdAt: "desc" } });
  expect(audit?.actorId).toBe(admin.id);
  await page.screenshot({ path: "artifacts/screenshots/admin-jobs-paused.png", fullPage: true });

  await panel.getByRole("button", { name: "Resume maintenance automation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Maintenance automation resumed" })).toContainText(
    "Maintenance automation resumed: due starts and completions are applied again",
  );
  await expect(panel).toContainText("Running.");
  expect(await db.jobControl.findUnique({ where: { jobClass: "maintenance" } })).toMatchObject({ paused: false });
});
