import { existsSync } from "node:fs";
import { z } from "zod";
import { parseTrustedProxies, type ProxyTrust } from "./client-address";
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
  // Proxies allowed to name the client in X-Forwarded-For: empty (none), a hop count, or IPs/CIDRs.
  TRUSTED_PROXIES: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO_DATA: flag,
  PUBLIC_URL: z.url().optional(),
  // Outgoing mail. Without it, mail is kept in the dev mailbox (admin → Mailbox).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
  // Messages per second across the pool; 0 = no limit.
  SMTP_RATE_LIMIT: z.coerce.number().min(0).default(0),
  // Deliveries one worker claims per statement (one batch sends while the next is claimed).
  SMTP_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(200),
  DKIM_DOMAIN: z.string().optional(),
  DKIM_SELECTOR: z.string().optional(),
  DKIM_PRIVATE_KEY: z.string().optional(),
  // 0: `npm start` does not start the delivery worker (run `npm run worker` yourself).
  RUN_WORKER: flag,
  // Finished email and webhook deliveries are forgotten after this many days; 0 keeps them for ever.
  DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(0).default(90),
  // Webhooks to loopback and private-network addresses (internal receivers); off: such URLs are refused at send time.
  WEBHOOK_ALLOW_PRIVATE: flag,
  // How long a claimed delivery stays reserved before another worker may take it over.
  WORKER_LEASE_MS: z.coerce.number().int().min(500).default(60_000),
  // Last good public snapshot, served when the database is down (also after a restart).
  CACHE_DIR: z.string().default("./data/cache"),
  // Memory for rendered public pages held by each web process; least recently read pages go first.
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(16),
  // Rewrite a static mirror of the public side (npm run export:static) into this folder after every publish.
  STATIC_EXPORT_DIR: z.string().optional(),
  // Where the mirror's subscribe links point (the app itself); default: the page URL.
  STATIC_EXPORT_APP_URL: z.url().optional(),
  // Signs session cookies. Unset: generated once into AUTH_SECRET_FILE. Set it when running several instances.
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  AUTH_SECRET_FILE: z.string().default("./data/auth-secret"),
});

/** Every variable the app reads (docs/env drift test: README and .env.example name each). */
export const ENV_VARIABLES = Object.keys(schema.shape).filter((key) => key !== "NODE_ENV");

export type Env = z.infer<typeof schema> & { database: DatabaseTarget; baseUrl: string; proxyTrust: ProxyTrust };

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${fields.join("\n  ")}`);
  }
  const baseUrl = (parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, "");
  let proxyTrust: ProxyTrust;
  try {
    proxyTrust = parseTrustedProxies(parsed.data.TRUSTED_PROXIES);
  } catch (error) {
    throw new Error(`Invalid environment:\n  ${(error as Error).message}`);
  }
  return { ...parsed.data, database: databaseTarget(parsed.data.DATABASE_URL), baseUrl, proxyTrust };
}

export const env: Env = load();
