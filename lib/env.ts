import { existsSync } from "node:fs";
import { z } from "zod";
import { databaseTarget, type DatabaseTarget } from "./database-url";

// The only module that reads process.env. Scripts outside Next get .env loaded here too.
if (!process.env.NEXT_RUNTIME && existsSync(".env")) process.loadEnvFile(".env");

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["1", "true", "yes"].includes(value)));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO_DATA: flag,
  // Last good public snapshot, served when the database is down (also after a restart).
  CACHE_DIR: z.string().default("./data/cache"),
});

export type Env = z.infer<typeof schema> & { database: DatabaseTarget };

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${fields.join("\n  ")}`);
  }
  return { ...parsed.data, database: databaseTarget(parsed.data.DATABASE_URL) };
}

export const env: Env = load();
