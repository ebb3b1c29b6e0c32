import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const integration = ["server/**/*.int.test.ts", "app/**/*.int.test.ts", "lib/**/*.int.test.ts", "test/**/*.int.test.ts"];

// Integration tests run once per database: each project migrates a fresh database of its own.
function databaseProject(provider: "sqlite" | "postgresql") {
  return {
    resolve: { alias },
    test: {
      name: `int-${provider}`,
      include: integration,
      env: { TEST_DATABASE: provider, LOG_LEVEL: "silent" },
      globalSetup: ["test/setup/database.global.ts"],
      setupFiles: ["test/setup/database.setup.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", ".next/**", "e2e/**"],
          env: { LOG_LEVEL: "silent" },
        },
      },
      databaseProject("sqlite"),
      databaseProject("postgresql"),
      {
        resolve: { alias },
        test: {
          name: "prisma-tooling",
          include: ["scripts/**/*.int.test.ts"],
          env: { LOG_LEVEL: "silent" },
          testTimeout: 120_000,
        },
      },
    ],
  },
});
