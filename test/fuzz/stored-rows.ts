import Database from "better-sqlite3";
import pg from "pg";
import { findTextProblem, textProblem } from "@/lib/text-hygiene";
import { ROLES } from "@/server/auth/permissions";
import { COMPONENT_STATUSES, INCIDENT_IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES, WINDOW_SEVERITIES } from "@/lib/domain/statuses";
import { SUBSCRIBER_STATUSES } from "@/server/subscriber/schemas";

/** Reads rows with plain SQL on either database: `?` placeholders are not needed here. */
type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

const utf8 = new TextDecoder("utf-8", { fatal: true });

// Columns that hold JSON as text (prisma/schema.prisma says so): a "\ud800" escape in them is a lone surrogate too.
const JSON_COLUMNS = new Set([
  "AuditLog.before",
  "AuditLog.after",
  "Notification.payload",
  "Notification.audienceComponents",
  "DevMail.headers",
]);

function problemOf(value: unknown, json: boolean): string | null {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Uint8Array) {
    try {
      text = utf8.decode(value);
    } catch {
      return "is not valid UTF-8";
    }
  } else return null;
  const direct = textProblem(text);
  if (direct) return direct;
  if (!json) return null;
  try {
    const found = findTextProblem(JSON.parse(text));
    return found ? `holds JSON whose ${found.path} ${found.problem}` : null;
  } catch {
    return "holds text that is not JSON";
  }
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

// Rows that only a half-done or unvalidated write leaves behind.
const INVARIANTS: Array<[what: string, sql: string]> = [
  [
    "incident without its first update",
    `SELECT i.id FROM "Incident" i WHERE NOT EXISTS (SELECT 1 FROM "IncidentUpdate" u WHERE u."incidentId" = i.id)`,
  ],
  ["maintenance ending before it starts", `SELECT id FROM "Maintenance" WHERE "scheduledEnd" <= "scheduledStart"`],
  ["window ending before it starts", `SELECT id FROM "DegradationWindow" WHERE "endedAt" IS NOT NULL AND "endedAt" < "startedAt"`],
  [
    "component with an unknown status",
    `SELECT id FROM "Component" WHERE status NOT IN (${list(COMPONENT_STATUSES)}) OR "statusSource" NOT IN ('auto', 'manual')`,
  ],
  [
    "incident with an unknown impact or status",
    `SELECT id FROM "Incident" WHERE impact NOT IN (${list(INCIDENT_IMPACTS)}) OR status NOT IN (${list(INCIDENT_STATUSES)})`,
  ],
  ["incident update with an unknown status", `SELECT id FROM "IncidentUpdate" WHERE status NOT IN (${list(INCIDENT_STATUSES)})`],
  ["maintenance with an unknown status", `SELECT id FROM "Maintenance" WHERE status NOT IN (${list(MAINTENANCE_STATUSES)})`],
  ["window with an unknown severity", `SELECT id FROM "DegradationWindow" WHERE severity NOT IN (${list(WINDOW_SEVERITIES)})`],
  ["subscriber with an unknown status", `SELECT id FROM "Subscriber" WHERE status NOT IN (${list(SUBSCRIBER_STATUSES)})`],
  // "user" is the table of the User model (@@map).
  [
    "user or invitation with an unknown role",
    `SELECT id FROM "user" WHERE role NOT IN (${list(ROLES)}) UNION ALL SELECT id FROM "Invitation" WHERE role NOT IN (${list(ROLES)})`,
  ],
];

async function textColumns(provider: "sqlite" | "postgresql", query: Query): Promise<Array<[table: string, column: string]>> {
  if (provider === "postgresql") {
    const rows = await query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name <> '_prisma_migrations'`,
    );
    return rows.map((r) => [String(r.table_name), String(r.column_name)]);
  }
  const tables = await query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
  );
  const out: Array<[string, string]> = [];
  for (const { name } of tables) {
    for (const column of await query(`PRAGMA table_info("${String(name)}")`))
      if (/TEXT/i.test(String(column.type))) out.push([String(name), String(column.name)]);
  }
  return out;
}

/**
 * Every text column of every table checked for what may not be stored (lone surrogates, invalid
 * UTF-8, control characters; inside the JSON of the columns that keep JSON), and rows no complete
 * write leaves.
 * SQLite values are read as bytes, so invalid UTF-8 shows as such instead of being repaired on read.
 */
export async function invalidRows(provider: "sqlite" | "postgresql", url: string): Promise<string[]> {
  let query: Query;
  let close: () => Promise<void>;
  if (provider === "sqlite") {
    const db = new Database(url.replace(/^file:/, ""), { readonly: true });
    query = async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>;
    close = async () => void db.close();
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    query = async (sql) => (await client.query(sql)).rows;
    close = () => client.end();
  }
  try {
    const found: string[] = [];
    for (const [table, column] of await textColumns(provider, query)) {
      const value = provider === "sqlite" ? `CAST("${column}" AS BLOB)` : `"${column}"`;
      const key = provider === "sqlite" ? "rowid" : "ctid::text";
      for (const row of await query(`SELECT ${key} AS k, ${value} AS v FROM "${table}" WHERE "${column}" IS NOT NULL`)) {
        const problem = problemOf(row.v, JSON_COLUMNS.has(`${table}.${column}`));
        if (problem) found.push(`${table}.${column} (row ${String(row.k)}) ${problem}`);
      }
    }
    for (const [what, sql] of INVARIANTS) {
      for (const row of await query(sql)) found.push(`${what}: ${String(row.id)}`);
    }
    return found;
  } finally {
    await close();
  }
}
