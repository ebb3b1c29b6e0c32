import path from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, folderGraph, importGraph } from "./import-graph";

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
});
