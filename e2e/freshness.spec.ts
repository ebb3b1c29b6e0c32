import { expect, test } from "@playwright/test";
import { databaseTarget } from "@/lib/database-url";
import { createApiToken } from "@/server/api-token";
import { createDb } from "@/server/db";
import { REFRESH_MS } from "@/server/public/snapshot-store";
import { createTestDatabase, dropTestDatabase } from "@/test/postgres";
import { createUser } from "./support/admin";
import { startApp } from "@/test/app-process";

// Two instances share one PostgreSQL database, each serving public pages from its own memory. A publish
// through one shows there at once, and on the other within the revision poll interval.
test.setTimeout(300_000);

const [PORT_A, PORT_B] = [3104, 3105];
const get = (port: number, path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.text());

/** Polls until `path` on `port` contains `text`; returns how long it took. */
async function timeUntil(port: number, path: string, text: string, since: number): Promise<number> {
  for (;;) {
    if ((await get(port, path)).includes(text)) return Date.now() - since;
    if (Date.now() - since > 30_000) throw new Error(`${text} never appeared on :${port}${path}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("a publish shows at once where it was made and on the other instance within the poll interval", async () => {
  const { name, url } = await createTestDatabase("statuspage_e2e_fresh");
  const env = { DATABASE_URL: url, RUN_WORKER: "0", PUBLIC_URL: `http://127.0.0.1:${PORT_A}` };
  // One after the other: the first start migrates and seeds the empty database.
  const a = await startApp(env, PORT_A);
  const b = await startApp(env, PORT_B).catch(async (error) => {
    await a.stop();
    throw error;
  });
  const db = createDb(databaseTarget(url));
  try {
    const owner = await createUser(db, { role: "owner" });
    const { secret } = await createApiToken({
      ctx: { db, actor: { type: "user", id: owner.id, email: owner.email, name: owner.name, role: "owner" } },
      input: { name: "freshness", scope: "write" },
    });
    const component = await db.component.findFirstOrThrow({ where: { name: "Track endpoint" } });
    const api = (path: string, body: unknown) =>
      fetch(`http://127.0.0.1:${PORT_A}/api/admin/v1${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    // Both instances have served the page already: the question is whether they notice the change.
    for (const port of [PORT_A, PORT_B]) expect(await get(port, "/")).toContain("All systems operational");

    const title = `Queue backlog ${Date.now()}`;
    const created = await api("/incidents", {
      title,
      body: "Investigating.",
      impact: "major",
      components: [{ componentId: component.id, status: "partial_outage" }],
    });
    expect(created.status).toBe(201);
    const published = Date.now();
    const incidentId = (await created.json()).data.id as string;
    expect(await get(PORT_A, "/")).toContain(title);
    expect(await get(PORT_A, "/api/v2/summary.json")).toContain(title);
    const seenOnB = await timeUntil(PORT_B, "/", title, published);
    expect(await get(PORT_B, "/api/v2/incidents/unresolved.json")).toContain(title);

    const resolved = await api(`/incidents/${incidentId}/resolve`, { body: "Recovered." });
    expect(resolved.status).toBe(200);
    const resolvedAt = Date.now();
    expect(await get(PORT_A, "/")).toContain("All systems operational");
    const clearOnB = await timeUntil(PORT_B, "/", "All systems operational", resolvedAt);

    test.info().annotations.push({ type: "other instance (ms)", description: `${seenOnB} / ${clearOnB}` });
    // The poll interval, plus one snapshot build and one page render (tens of ms each).
    for (const elapsed of [seenOnB, clearOnB]) expect(elapsed).toBeLessThanOrEqual(REFRESH_MS + 1_000);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await db.$disconnect();
    await dropTestDatabase(name);
  }
});
