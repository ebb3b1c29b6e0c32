import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { storeComponentSlugs } from "@/server/component/slugs";
import { buildDemoData, type DemoData, type Random } from "./demo";
import { env } from "@/lib/env";

type Tx = Prisma.TransactionClient;

/** What ensureSeeded did: nothing, only the Setting row, or the whole demo page. */
export type SeedResult = "skipped" | "settings" | "demo";

const SETTING_ID = "default";
// About a hundred sequential writes; Prisma's 5 s default is tight on a slow disk or busy server.
const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/** Components, incidents (with updates, windows, postmortem) and maintenance; no settings. */
async function writeContent(tx: Tx, data: DemoData): Promise<void> {
  const groupIds = new Map<string, string>();
  for (const { key, name, description, position } of data.groups) {
    const row = await tx.componentGroup.create({ data: { name, description, position }, select: { id: true } });
    groupIds.set(key, row.id);
  }

  const componentIds = new Map<string, string>();
  for (const { key, groupKey, name, description, position, startDate } of data.components) {
    const groupId = groupKey === null ? null : groupIds.get(groupKey);
    if (groupId === undefined) throw new Error(`demo data: unknown component group "${groupKey}"`);
    const row = await tx.component.create({
      data: { name, description, position, startDate, groupId },
      select: { id: true },
    });
    componentIds.set(key, row.id);
  }
  await storeComponentSlugs(tx);
  const id = (key: string) => {
    const found = componentIds.get(key);
    if (!found) throw new Error(`demo data: unknown component "${key}"`);
    return found;
  };

  for (const incident of data.incidents) {
    await tx.incident.create({
      data: {
        slug: incident.slug,
        title: incident.title,
        impact: incident.impact,
        status: incident.status,
        startedAt: incident.startedAt,
        publishedAt: incident.publishedAt,
        monitoringAt: incident.monitoringAt,
        resolvedAt: incident.resolvedAt,
        // Backfilled history: "created" when it was first posted, not when the seed ran.
        createdAt: incident.publishedAt,
        components: { create: incident.componentKeys.map((key) => ({ componentId: id(key) })) },
        updates: {
          create: incident.updates.map((update) => ({
            status: update.status,
            body: update.body,
            displayAt: update.displayAt,
            notify: update.notify,
            createdAt: update.displayAt,
            components: {
              create: update.changes.map((change) => ({
                componentId: id(change.componentKey),
                oldStatus: change.oldStatus,
                newStatus: change.newStatus,
              })),
            },
          })),
        },
        windows: {
          create: incident.windows.map((window) => ({
            componentId: id(window.componentKey),
            severity: window.severity,
            startedAt: window.startedAt,
            endedAt: window.endedAt,
          })),
        },
        postmortem: incident.postmortem ? { create: incident.postmortem } : undefined,
      },
      select: { id: true },
    });
  }

  for (const { componentKeys, updates, ...maintenance } of data.maintenances) {
    await tx.maintenance.create({
      data: {
        ...maintenance,
        createdAt: maintenance.publishedAt,
        components: { create: componentKeys.map((key) => ({ componentId: id(key) })) },
        updates: { create: updates },
      },
      select: { id: true },
    });
  }
}

/**
 * Writes the demo page in one transaction: all of it or nothing. The Setting row is created
 * when missing and left alone when it exists (never overwrite a real configuration).
 * Returns the data written. `random` only matters to tests that seed more than once.
 */
export async function seedDemoData(db: Db, now = new Date(), random?: Random): Promise<DemoData> {
  const data = buildDemoData(now, random);
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { id: SETTING_ID },
      create: { id: SETTING_ID, publicUrl: env.baseUrl, ...data.settings },
      update: {},
    });
    await writeContent(tx, data);
  }, TX_OPTIONS);
  return data;
}

export type SeedOptions = { demo: boolean; now?: Date };

/**
 * The first-run step inside a caller's transaction: the Setting row marks a seeded database.
 * Exported for tests (which roll back); use ensureSeeded.
 */
export async function seedFirstRun(tx: Tx, { demo, now = new Date() }: SeedOptions): Promise<SeedResult> {
  if (await tx.setting.findUnique({ where: { id: SETTING_ID }, select: { id: true } })) return "skipped";
  const data = demo ? buildDemoData(now) : null;
  // The Setting row goes first: a concurrent first run collides on it before writing anything else.
  await tx.setting.create({ data: { id: SETTING_ID, publicUrl: env.baseUrl, ...data?.settings } });
  if (!data) return "settings";
  await writeContent(tx, data);
  return "demo";
}

// Lost a race with another instance's first run: SQLite busy (P1008), unique Setting row (P2002),
// write conflict (P2034). Retrying then finds the Setting row and skips.
const CONFLICT_CODES = new Set(["P1008", "P2002", "P2034"]);
const ATTEMPTS = 3;

/**
 * Seeds only on first run (no Setting row yet): the demo page when `demo`, otherwise just the
 * Setting row with its defaults. Safe to call on every start, by several instances at once.
 */
export async function ensureSeeded(db: Db, options: SeedOptions): Promise<SeedResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => seedFirstRun(tx, options), TX_OPTIONS);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== "string" || !CONFLICT_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}
