import { expect, test, type Page, type Request } from "@playwright/test";
import { createUser, signIn } from "./support/admin";
import { e2eDb } from "./support/db";

// An engineer runs one incident from first alert to postmortem through the console, and the public
// page tells customers all of it. A viewer watching the same incident can change nothing.
const SHOTS = "artifacts/screenshots";
const MINUTE = 60_000;

/** The datetime-local value of an instant in the browser's zone (the e2e browser runs in New York). */
function localInput(page: Page, ms: number): Promise<string> {
  return page.evaluate((t) => {
    const d = new Date(t);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, ms);
}

test("an engineer runs an incident from first alert to published postmortem", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const db = e2eDb();
  const since = new Date();
  const editor = await createUser(db, { role: "editor", name: "Erin Engineer" });
  const [batch, dashboard] = await Promise.all([
    db.component.findFirstOrThrow({ where: { name: "Batch endpoint" } }),
    db.component.findFirstOrThrow({ where: { name: "Dashboard" } }),
  ]);
  const title = `Batch uploads failing ${Date.now()}`;
  const base = Math.floor(Date.now() / MINUTE) * MINUTE;
  const at = (minutesAgo: number) => base - minutesAgo * MINUTE;
  let updateRequest: Request | undefined;

  await signIn(page, editor.email, editor.password);
  await page.getByRole("link", { name: "Declare incident" }).first().click();
  await expect(page).toHaveURL(/\/admin\/incidents\/new$/);

  // Declare it: two affected components, started four hours ago; windows are entered below.
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Impact").selectOption("major");
  await page.getByLabel("Started").fill(await localInput(page, at(240)));
  await page.getByRole("textbox", { name: "First update" }).fill("We are investigating **failed batch uploads** and slow dashboards.");
  await page.locator(`select[name="component.${batch.id}"]`).selectOption("operational");
  await page.locator(`select[name="component.${dashboard.id}"]`).selectOption("operational");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.waitForURL(/\/admin\/incidents\/(?!new)[^/]+$/);
  const incidentId = page.url().split("/").at(-1)!;

  // Two updates: identified, then monitoring.
  for (const [status, body] of [
    ["identified", "A bad deploy of the batch ingester. Rolling back."],
    ["monitoring", "Rolled back; error rates are back to normal. Watching closely."],
  ] as const) {
    await page.getByLabel("Status", { exact: true }).selectOption(status);
    await page.getByRole("textbox", { name: "Update", exact: true }).fill(body);
    // The previous post's confirmation goes once the next update is being written.
    await expect(page.getByRole("status").filter({ hasText: "Update posted" })).toHaveCount(0);
    let actionRequest: Request | undefined;
    const capture = (request: Request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) actionRequest ??= request;
    };
    page.on("request", capture);
    await page.getByRole("button", { name: "Post update" }).click();
    await expect(page.getByRole("region", { name: "Timeline" }).getByText(body)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Update posted" })).toBeVisible();
    page.off("request", capture);
    if (status === "monitoring") updateRequest = actionRequest;
  }

  // Three degradation windows, entered as the engineer reconstructs them.
  const addForm = page.locator("form", { has: page.getByRole("heading", { name: "Add a window" }) });
  const windows = [
    { component: batch, severity: "major", from: 240, to: 210 },
    { component: dashboard, severity: "partial", from: 180, to: 150 },
    { component: batch, severity: "degraded", from: 120, to: 60 },
  ];
  for (const w of windows) {
    await addForm.getByRole("combobox", { name: "Component" }).selectOption(w.component.id);
    await addForm.getByRole("combobox", { name: "Severity" }).selectOption(w.severity);
    await addForm.getByRole("textbox", { name: /^Start/ }).fill(await localInput(page, at(w.from)));
    await addForm.getByRole("textbox", { name: /^End/ }).fill(await localInput(page, at(w.to)));
    await addForm.getByRole("button", { name: "Add window" }).click();
    await expect(page.getByRole("button", { name: "Add window" })).toBeEnabled();
    await expect(page.getByRole("button", { name: `Edit window of ${w.component.name}` })).toHaveCount(
      windows.slice(0, windows.indexOf(w) + 1).filter((x) => x.component === w.component).length,
    );
  }
  expect(await db.degradationWindow.count({ where: { incidentId } })).toBe(3);

  // Resolve: components return to operational.
  await page.getByRole("button", { name: "Resolve…" }).click();
  const resolveDialog = page.getByRole("dialog", { name: "Resolve this incident" });
  await resolveDialog.getByLabel("Resolution update").fill("Batch uploads and dashboards have been healthy for an hour. Resolved.");
  await resolveDialog.getByRole("button", { name: "Resolve incident" }).click();
  await expect(resolveDialog).toBeHidden();
  await expect(page.getByText("Resolved", { exact: true }).first()).toBeVisible();
  expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).status).toBe("resolved");

  // Postmortem: draft with a live preview, then publish.
  const postmortem = [
    "## Summary",
    "A deploy of the batch ingester rejected every upload for **30 minutes**.",
    "",
    "| Window | Component | Severity |",
    "| --- | --- | --- |",
    "| 1 | Batch endpoint | Major outage |",
    "",
    "## What we are changing",
    "Canary deploys for the ingester.",
  ].join("\n");
  await page.getByRole("textbox", { name: "Postmortem", exact: true }).fill(postmortem);
  await expect(page.getByRole("region", { name: "Postmortem: preview" }).getByRole("table")).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/^Draft, saved/)).toBeVisible();
  await page.getByRole("button", { name: "Publish postmortem…" }).click();
  const publishDialog = page.getByRole("dialog", { name: "Publish the postmortem?" });
  await publishDialog.getByRole("button", { name: "Publish postmortem", exact: true }).click();
  await expect(page.getByText(/^Published /).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-incident.png`, fullPage: true });

  // The public page tells the whole story (refreshed within its documented seconds).
  const slug = (await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).slug;
  const publicPage = await browser.newPage();
  await expect.poll(async () => (await publicPage.goto(`/incidents/${slug}`))?.status(), { timeout: 15_000 }).toBe(200);
  await expect(async () => {
    await publicPage.reload();
    await expect(publicPage.getByRole("heading", { name: "Postmortem" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(title);
  for (const text of [
    "failed batch uploads",
    "A bad deploy of the batch ingester",
    "Rolled back; error rates",
    "healthy for an hour",
    "Canary deploys for the ingester",
  ]) {
    await expect(publicPage.getByText(text).first()).toBeVisible();
  }
  await expect(publicPage.locator("[data-period]")).toHaveCount(3);
  await expect(publicPage.locator("[data-period='1']")).toContainText("Batch endpoint: Major outage");
  await expect(publicPage.locator("[data-period='2']")).toContainText("Dashboard: Partial outage");
  await expect(publicPage.locator("[data-period='3']")).toContainText("Batch endpoint: Degraded performance");
  await publicPage.screenshot({ path: `${SHOTS}/incident-from-console.png`, fullPage: true });
  await publicPage.close();

  // Every mutation of the flow left an audit row naming the engineer.
  const audit = await db.auditLog.findMany({ where: { actorId: editor.id, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
  const actions = audit.map((row) => row.action);
  expect(actions.filter((a) => a === "incident.create")).toHaveLength(1);
  expect(actions.filter((a) => a === "incident_update.create")).toHaveLength(2);
  expect(actions.filter((a) => a === "window.create")).toHaveLength(3);
  expect(actions).toEqual(expect.arrayContaining(["incident.resolve", "postmortem.create", "postmortem.publish"]));
  expect(audit.every((row) => row.actorType === "user")).toBe(true);

  // A viewer sees the incident read-only, and replaying the engineer's request with their session is refused.
  const viewer = await createUser(db, { role: "viewer" });
  const viewerPage = await browser.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await viewerPage.goto(`/admin/incidents/${incidentId}`);
  await expect(viewerPage.getByRole("heading", { name: title })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Post update" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Add window" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Resolve…" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Save details" })).toHaveCount(0);

  expect(updateRequest, "the update's server action request was captured").toBeTruthy();
  const updatesBefore = await db.incidentUpdate.count({ where: { incidentId } });
  const headers = updateRequest!.headers();
  const replay = await viewerPage.request.post(updateRequest!.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      origin: new URL(updateRequest!.url()).origin,
      accept: "text/x-component",
    },
    data: updateRequest!.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(403);
  expect(await db.incidentUpdate.count({ where: { incidentId } })).toBe(updatesBefore);
  await viewerPage.close();
});
