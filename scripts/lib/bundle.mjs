// The esbuild step of the production build, shared with benchmarks that need the compiled worker.
import * as esbuild from "esbuild";

/**
 * Bundles entries into `outdir` as ESM. Packages stay in node_modules (native drivers, Next,
 * Prisma's engines); our code and the generated clients are bundled. Splitting keeps dynamically
 * imported code (the worker's email rendering: React and the templates) in chunks loaded on first use.
 */
export function bundle(root, entryPoints, outdir = "dist") {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    sourcemap: "linked",
    logLevel: "warning",
  });
}
