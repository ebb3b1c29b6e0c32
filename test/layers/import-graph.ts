import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The project's own import graph, read from the source text (static imports and re-exports,
// `import type` included: a type cycle still ties the files together).

const SKIP = new Set(["node_modules", ".next", "generated", ".git", "data", "dist", "dist-bench", "test-results", "playwright-report"]);
const EXTENSIONS = [".ts", ".tsx", ".mjs"];

function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(root, full);
    return EXTENSIONS.some((ext) => entry.name.endsWith(ext)) ? [path.relative(root, full)] : [];
  });
}

/**
 * file → the project files it imports (paths relative to the root, `/`-separated). With `valuesOnly`,
 * `import type` and `export type` are left out: they vanish from compiled code.
 */
export function importGraph(root: string, { valuesOnly = false } = {}): Map<string, string[]> {
  const files = sourceFiles(root).map((f) => f.split(path.sep).join("/"));
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.posix.join(path.posix.dirname(from), spec) : null;
    if (base === null) return null;
    return [base, ...EXTENSIONS.map((e) => base + e), base + "/index.ts", base + "/index.tsx"].find((c) => known.has(c)) ?? null;
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), "utf8");
    const statements = /(?:^|\n)\s*(?:import|export)\s(type\s)?[^;]*?from\s+["']([^"']+)["']/g;
    const targets = [...text.matchAll(statements)].filter((m) => !(valuesOnly && m[1])).map((m) => resolve(file, m[2]!));
    graph.set(file, [...new Set(targets.filter((t): t is string => t !== null))]);
  }
  return graph;
}

/** The strongly connected groups of more than one node (Tarjan): each is a cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The graph between folders (`server/incident`, …) of the files `keep` accepts; edges inside a folder dropped. */
export function folderGraph(
  graph: Map<string, string[]>,
  folderOf: (file: string) => string | null,
  keep: (file: string) => boolean,
): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (!from || !keep(file)) continue;
    const edges = folders.get(from) ?? new Set<string>();
    for (const target of targets) {
      const to = folderOf(target);
      if (to && to !== from) edges.add(to);
    }
    folders.set(from, edges);
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges]]));
}

/** Every file `start` reaches through `graph`, `start` included. */
export function reachable(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of graph.get(file) ?? []) visit(next);
  };
  visit(start);
  return seen;
}
