// `npm run import:statuspage -- <page URL | folder>`: moves an Atlassian Statuspage page here: groups,
// components, past incidents with their timelines (announced to nobody) and maintenance, from its
// public v2 documents (https://<page>/api/v2/summary.json, incidents.json, scheduled-maintenances.json)
// or a folder holding those three files. Run it again any time: it updates and never duplicates.
import { logger } from "@/lib/logger";
import { systemActor } from "@/server/context";
import { getDb } from "@/server/db";
import { readDocuments } from "@/server/statuspage-import/documents";
import { importStatuspage } from "@/server/statuspage-import/import-statuspage";
import { migrateIfPending } from "./lib/prepare";

const source = process.argv[2];
if (!source) {
  console.error(
    "usage: npm run import:statuspage -- <https://status.example.com | folder with summary.json, incidents.json, scheduled-maintenances.json>",
  );
  process.exit(2);
}
const documents = await readDocuments(source).catch((error: unknown) => {
  console.error(`Cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
await migrateIfPending();
const db = getDb();
const report = await importStatuspage({ ctx: { db, actor: systemActor("import:statuspage") }, documents });
const line = (name: string, counts: Record<string, unknown>) =>
  `${name}: ${Object.entries(counts)
    .map(([k, v]) => `${Array.isArray(v) ? v.length : String(v)} ${k}`)
    .join(", ")}`;
console.log(`Imported ${documents.summary.page.name}`);
console.log(line("groups", report.groups));
console.log(line("components", report.components));
console.log(line("incidents", report.incidents));
console.log(line("maintenance", report.maintenance));
for (const s of [...report.incidents.skipped, ...report.maintenance.skipped]) console.log(`  left out: ${s.name} (${s.reason})`);
logger.flush?.();
await db.$disconnect();
