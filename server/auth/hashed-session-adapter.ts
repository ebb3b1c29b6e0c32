import { createHash } from "node:crypto";
import type { BetterAuthOptions, DBAdapter, DBTransactionAdapter, Where } from "better-auth";

/** sha-256 hex of a session cookie's token: what the `session.token` column holds. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const MODEL = "session";
const FIELD = "token";
type Row = Record<string, unknown>;
/** Hash → raw token for the tokens one call carried in, so its answer can carry them out again. */
type Seen = Map<string, string>;

function hashValue(value: unknown, seen: Seen): unknown {
  if (Array.isArray(value)) return value.map((item) => hashValue(item, seen));
  if (typeof value !== "string") return value;
  const hash = hashSessionToken(value);
  seen.set(hash, value);
  return hash;
}

const EXACT = new Set(["eq", "ne", "in", "not_in"]);

function hashWhere(where: Where[] | undefined, seen: Seen): Where[] | undefined {
  return where?.map((clause) => {
    if (clause.field !== FIELD) return clause;
    // A hash matches only whole tokens: a partial or ordered match on it would silently find nothing.
    if (!EXACT.has(clause.operator ?? "eq"))
      throw new Error(`session tokens are stored hashed: operator "${clause.operator}" cannot match them`);
    return { ...clause, value: hashValue(clause.value, seen) as Where["value"] };
  });
}

function hashData<T>(data: T, seen: Seen): T {
  if (!data || typeof data !== "object" || !(FIELD in data)) return data;
  return { ...data, [FIELD]: hashValue((data as Row)[FIELD], seen) };
}

/**
 * Puts back the raw token the caller asked with: better-auth sets the cookie from what create,
 * findOne and update return. Rows found by other fields (a user's list of sessions) keep the hash.
 */
function restore<T>(row: T, seen: Seen): T {
  if (!row || typeof row !== "object") return row;
  const stored = (row as Row)[FIELD];
  const raw = typeof stored === "string" ? seen.get(stored) : undefined;
  return raw === undefined ? row : { ...row, [FIELD]: raw };
}

function wrap<A extends DBTransactionAdapter>(adapter: A): A {
  const on = (model: string) => model === MODEL;
  return {
    ...adapter,
    create: async (args) => {
      if (!on(args.model)) return adapter.create(args);
      const seen: Seen = new Map();
      return restore(await adapter.create({ ...args, data: hashData(args.data, seen) }), seen);
    },
    findOne: async (args) => {
      if (!on(args.model)) return adapter.findOne(args);
      const seen: Seen = new Map();
      return restore(await adapter.findOne({ ...args, where: hashWhere(args.where, seen)! }), seen);
    },
    findMany: async (args) => {
      if (!on(args.model)) return adapter.findMany(args);
      const seen: Seen = new Map();
      const rows = await adapter.findMany({ ...args, where: hashWhere(args.where, seen) });
      return rows.map((row) => restore(row, seen));
    },
    count: async (args) => (on(args.model) ? adapter.count({ ...args, where: hashWhere(args.where, new Map()) }) : adapter.count(args)),
    update: async (args) => {
      if (!on(args.model)) return adapter.update(args);
      const seen: Seen = new Map();
      return restore(await adapter.update({ ...args, where: hashWhere(args.where, seen)!, update: hashData(args.update, seen) }), seen);
    },
    updateMany: async (args) => {
      if (!on(args.model)) return adapter.updateMany(args);
      const seen: Seen = new Map();
      return adapter.updateMany({ ...args, where: hashWhere(args.where, seen)!, update: hashData(args.update, seen) });
    },
    delete: async (args) => (on(args.model) ? adapter.delete({ ...args, where: hashWhere(args.where, new Map())! }) : adapter.delete(args)),
    deleteMany: async (args) =>
      on(args.model) ? adapter.deleteMany({ ...args, where: hashWhere(args.where, new Map())! }) : adapter.deleteMany(args),
    consumeOne: async (args) => {
      if (!on(args.model)) return adapter.consumeOne(args);
      const seen: Seen = new Map();
      return restore(await adapter.consumeOne({ ...args, where: hashWhere(args.where, seen)! }), seen);
    },
    incrementOne: async (args) => {
      if (!on(args.model)) return adapter.incrementOne(args);
      const seen: Seen = new Map();
      return restore(await adapter.incrementOne({ ...args, where: hashWhere(args.where, seen)!, set: hashData(args.set, seen) }), seen);
    },
  };
}

/**
 * Wraps a better-auth adapter so the database keeps only sha-256 of session tokens: a leaked
 * dump or backup holds no cookie that signs anyone in. Changed in place, not copied: better-auth
 * keys its schema check on this object, and its plain transaction hands the same object back.
 */
export function hashedSessionTokens(factory: (options: BetterAuthOptions) => DBAdapter): (options: BetterAuthOptions) => DBAdapter {
  return (options) => {
    const adapter = factory(options);
    const plain = { ...adapter };
    return Object.assign(adapter, wrap(plain), {
      transaction: <R>(callback: (trx: DBTransactionAdapter) => Promise<R>) =>
        plain.transaction((trx) => callback(trx === adapter ? trx : wrap(trx))),
    });
  };
}
