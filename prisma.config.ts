import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./lib/database-url";

// Prisma's CLI would download a native schema engine; our bridge runs Prisma's wasm build of it
// instead, so every command works offline (see scripts/prisma/schema-engine.mjs).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/prisma/schema-engine.mjs");
// Nor ask checkpoint.prisma.io for updates after each command (a background request that fails offline).
process.env.CHECKPOINT_DISABLE ??= "1";

const target = databaseTarget(process.env.DATABASE_URL);
const dir = target.provider === "postgresql" ? "prisma/postgresql" : "prisma";

export default defineConfig({
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations`, seed: "tsx prisma/seed.ts" },
  datasource: { url: target.url, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
