#!/usr/bin/env node
// Derives prisma/postgresql/schema.prisma from the canonical SQLite schema.
// Only the datasource provider and the generated client's location differ.
// `--check` exits 1 when the committed derived schema is stale.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const canonicalPath = path.join(root, "prisma/schema.prisma");
export const derivedPath = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit by hand.\n";

export function derivePostgresSchema(canonical) {
  const provider = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/server\/generated\/sqlite"/;
  if (!provider.test(canonical)) throw new Error('canonical schema: datasource provider "sqlite" not found');
  if (!output.test(canonical)) throw new Error('canonical schema: generator output "../server/generated/sqlite" not found');
  const body = canonical.replace(provider, '$1"postgresql"').replace(output, '$1"../../server/generated/postgresql"');
  return HEADER + body;
}

function main() {
  const expected = derivePostgresSchema(readFileSync(canonicalPath, "utf8"));
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(derivedPath, "utf8");
    } catch {}
    if (actual !== expected) {
      console.error("prisma/postgresql/schema.prisma is stale: run `npm run db:derive`");
      process.exit(1);
    }
    return;
  }
  mkdirSync(path.dirname(derivedPath), { recursive: true });
  writeFileSync(derivedPath, expected);
  console.log("wrote prisma/postgresql/schema.prisma");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
