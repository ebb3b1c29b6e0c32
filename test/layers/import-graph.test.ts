import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, folderGraph, importGraph, reachable } from "./import-graph";

const root = path.resolve(import.meta.dirname, "../..");
const graph = importGraph(root);

// Tests may reach across folders (the authorization matrix builds every kind of row); the helpers
// they share live in test/fixtures/, outside server/.
const isTestSupport = (file: string) => /\.test\.tsx?$/.test(file);
const isProduction = (file: string) => /^(app|components|emails|lib|server|scripts)\//.test(file) && !isTestSupport(file);
const serverFolder = (file: string) => /^server\/([^/]+)\//.exec(file)?.[0].slice(0, -1) ?? null;

describe("import graph", () => {
  it("finds a cycle when there is one", () => {
    const sample = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(sample)).toEqual([["a", "b", "c"]]);
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("reads the project's imports", () => {
    expect(graph.get("server/outbox/record.ts")).toContain("server/outbox/email.ts");
    expect(graph.size).toBeGreaterThan(200);
  });

  it("has no cycle between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("keeps test fixtures out of production code, and every fixture in test/fixtures/", () => {
    const reachingFixtures = [...graph]
      .filter(([file, imports]) => isProduction(file) && imports.some((target) => target.startsWith("test/")))
      .map(([file]) => file);
    expect(reachingFixtures).toEqual([]);
    const strays = [...graph.keys()].filter((file) => /fixtures?\.tsx?$|matrix-inputs\.ts$|test-snapshot\.ts$/.test(file));
    expect(strays).toEqual([]);
  });

  it("has no cycle between server/ folders (outside test support)", () => {
    expect(cycles(folderGraph(graph, serverFolder, (file) => !isTestSupport(file)))).toEqual([]);
  });

  it("keeps the database out of client components: no value import path, and Next.js refuses one at build time", () => {
    const values = importGraph(root, { valuesOnly: true });
    const serverOnly = ["server/db.ts", "server/context.ts"];
    const clientFiles = [...values.keys()].filter((file) => /^\s*["']use client["']/.test(readFileSync(path.join(root, file), "utf8")));
    expect(clientFiles.length).toBeGreaterThan(20);
    const leaks = clientFiles.flatMap((file) =>
      serverOnly.filter((target) => reachable(values, file).has(target)).map((t) => `${file} → ${t}`),
    );
    expect(leaks).toEqual([]);
    // The build-time guard: both modules import "#server-only", which Next.js maps to the `server-only`
    // package (an error in any client bundle) and Node processes to an empty module.
    for (const file of serverOnly) expect(readFileSync(path.join(root, file), "utf8")).toMatch(/^import "#server-only";/);
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.imports["#server-only"]).toEqual({
      "react-server": "server-only",
      browser: "server-only",
      default: "./lib/node-server-only.js",
    });
  });
});
