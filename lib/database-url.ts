import path from "node:path";

export type DatabaseTarget = { provider: "sqlite" | "postgresql"; url: string };

export const DEFAULT_DATABASE_URL = "file:./data/statuspage.db";

/**
 * Which database a URL names. SQLite paths are made absolute against `root` so the CLI,
 * the app and the worker open the same file whatever their working directory.
 */
export function databaseTarget(raw: string | undefined, root: string = process.cwd()): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0];
    if (!file) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/statuspage.db");
    return { provider: "sqlite", url: `file:${path.resolve(root, file)}` };
  }
  throw new Error("DATABASE_URL: expected file:<path> (SQLite) or postgres://… (PostgreSQL)");
}

/** Filesystem path of a SQLite target. */
export function sqliteFile(target: DatabaseTarget): string {
  if (target.provider !== "sqlite") throw new Error("not a SQLite database");
  return target.url.slice("file:".length);
}
