#!/usr/bin/env node
// Generates both Prisma clients (SQLite and PostgreSQL) offline. Runs at `npm install`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const targets = {
  sqlite: "file:./data/statuspage.db",
  postgresql: "postgresql://localhost:5432/statuspage",
};

for (const [name, url] of Object.entries(targets)) {
  // The URL only selects the schema in prisma.config.ts; generate never connects.
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`prisma generate failed for the ${name} client`);
    process.exit(result.status ?? 1);
  }
}
