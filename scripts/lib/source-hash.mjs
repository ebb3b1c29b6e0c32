import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Everything that changes what the production build (`next build` and the server bundles) contains.
// Generated clients follow the schemas.
const INPUTS = [
  "app",
  "components",
  "lib",
  "server",
  "emails",
  "public",
  "scripts",
  "prisma/schema.prisma",
  "prisma/postgresql/schema.prisma",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", ".next", "generated", "data", "dist"]);

function files(entry, root, out) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    out.push(entry);
    return;
  }
  for (const child of readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(child.name) || /\.test\.tsx?$/.test(child.name)) continue;
    files(path.join(entry, child.name), root, out);
  }
}

/** A digest of the sources of the production build, to rebuild only when they changed. */
export function sourceHash(root) {
  const list = [];
  for (const input of INPUTS) files(input, root, list);
  const hash = createHash("sha256");
  for (const file of list.sort()) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  return hash.digest("hex");
}
