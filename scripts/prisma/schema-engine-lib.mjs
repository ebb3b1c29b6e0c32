// Pure helpers of the schema-engine bridge, kept apart so they can be unit-tested.

/** Parses the native engine's command line: [--datamodels F]... [--datasource JSON] [cli CMD]. */
export function parseArgs(argv) {
  const options = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels" || arg === "-d") options.datamodels.push(argv[++i]);
    else if (arg === "--datasource") options.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") options.version = true;
    else if (arg === "cli") options.cli = argv[++i];
    // Flags we do not need (--enabled-preview-features X, --extension-types X) take one value.
    else if (arg.startsWith("--") && !arg.includes("=")) i++;
  }
  return options;
}

export const isSqliteUrl = (url) => url.startsWith("file:");

export function sqlitePath(url) {
  return url.slice("file:".length).split("?")[0];
}

// The wasm engine throws plain Errors without Prisma's codes. The CLI needs the codes of
// connection failures to act (P1003: create the database), so recover those from the text.
const CONNECTION_ERRORS = [
  [/^Database `[^`]*` does not exist/, "P1003"],
  [/^Can't reach database server/, "P1001"],
  [/^Authentication failed/, "P1000"],
  [/^Timed out/, "P1002"],
];

/**
 * Turns whatever the wasm engine threw into the JSON-RPC error the CLI expects from the native
 * binary, keeping Prisma's error code (P3005, P1014, …) so the CLI shows its usual message.
 */
export function mapEngineError(error) {
  let data = error && typeof error === "object" ? error : { message: String(error) };
  if (typeof data.message === "string" && data.message.startsWith("{")) {
    try {
      data = { ...data, ...JSON.parse(data.message) };
    } catch {}
  }
  const inner = data.data ?? data;
  const text = String(inner.message ?? error);
  const errorCode =
    inner.error_code ??
    inner.errorCode ??
    (/^P\d{4}$/.test(String(inner.code)) ? inner.code : undefined) ??
    CONNECTION_ERRORS.find(([pattern]) => pattern.test(text))?.[1];
  return {
    code: typeof error?.code === "number" ? error.code : 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: Boolean(inner.is_panic ?? inner.isPanic),
      message: text.trimEnd(),
      ...(inner.meta ? { meta: inner.meta } : {}),
      ...(errorCode ? { error_code: errorCode } : {}),
    },
  };
}

/** CREATE DATABASE for `url`'s database, connecting to the server's `postgres` database. */
export async function createPostgresDatabase(url) {
  const { default: pg } = await import("pg");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error("the PostgreSQL URL names no database");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  admin.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
