import { readFileSync } from "node:fs";
import path from "node:path";

/** A server action as the browser finds it: its id (the `Next-Action` header) and a page that uses it. */
export type ActionTarget = { id: string; name: string; page: string; admin: boolean };

const root = path.resolve(import.meta.dirname, "../..");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8"));

// "app/admin/(console)/incidents/[id]/page" → "/admin/incidents/[id]"
const routeOfEntry = (entry: string) =>
  "/" +
  entry
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .join("/");

// Signing out would end the session the rest of the run uses.
const SKIPPED_ACTIONS = new Set(["signOutAction"]);

/** Every server action of the production build, from its server reference manifest. */
export function serverActions(): ActionTarget[] {
  const manifest = readJson(".next/server/server-reference-manifest.json") as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .filter(([, action]) => !SKIPPED_ACTIONS.has(action.exportedName))
    .map(([id, action]) => {
      const pages = Object.keys(action.workers).map(routeOfEntry);
      return {
        id,
        name: action.exportedName,
        page: pages.find((p) => !p.includes("[")) ?? pages[0]!,
        admin: action.filename.startsWith("app/admin/"),
      };
    });
}

/** Every route of the production build (pages and route handlers), with `[param]` placeholders. */
export function appRoutes(): string[] {
  const manifest = readJson(".next/app-path-routes-manifest.json") as Record<string, string>;
  return [...new Set(Object.values(manifest))].sort();
}

/** Rows that exist, so generated requests reach past "not found" into validation and writes. */
export type KnownIds = {
  ids: string[];
  byKind: Record<
    "component" | "group" | "incident" | "update" | "window" | "maintenance" | "subscriber" | "webhook" | "notification" | "user" | "token",
    string[]
  >;
  slugs: string[];
  /** Subscriber manage and confirmation tokens. */
  tokens: string[];
};
