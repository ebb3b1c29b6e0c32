import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTestDatabase, dropTestDatabase } from "../postgres";
import { migrateDeploy } from "../prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One fresh, migrated database per run and provider; tests create their own rows in it.
export default async function setup(project: TestProject) {
  // The project's `env` reaches test workers, not globalSetup, so read it from the project config.
  const provider = project.config.env?.TEST_DATABASE ?? process.env.TEST_DATABASE;
  if (provider !== "postgresql" && provider !== "sqlite") {
    throw new Error(`TEST_DATABASE must be "sqlite" or "postgresql" (got ${String(provider)})`);
  }
  if (provider === "postgresql") {
    const { name, url } = await createTestDatabase("statuspage_test");
    migrateDeploy(url);
    project.provide("databaseUrl", url);
    return () => dropTestDatabase(name);
  }
  const dir = path.resolve("data/test");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `int-${Date.now()}-${process.pid}.db`);
  migrateDeploy(`file:${file}`);
  project.provide("databaseUrl", `file:${file}`);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
}
