import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Runs the project's Prisma CLI (through the offline bridge) against `databaseUrl`. */
export function prisma(args: string[], databaseUrl: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...extraEnv },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

export function migrateDeploy(databaseUrl: string): void {
  const result = prisma(["migrate", "deploy"], databaseUrl);
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.output}`);
}
