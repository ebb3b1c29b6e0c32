import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock without timeouts (waiters queue; release hands over in order). */
class FifoLock {
  #held = false;
  #waiters: Array<() => void> = [];
  get held() {
    return this.#held;
  }
  async acquire(): Promise<() => void> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (next) next();
      else this.#held = false;
    };
  }
}

/** How long a statement or transaction waits for another process's write lock before it fails. */
export const BUSY_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** SQLITE_BUSY from better-sqlite3 itself, or as the adapter reports it (kind SocketTimeout). */
function isBusy(error: unknown): boolean {
  const { code, cause } = error as { code?: unknown; cause?: { kind?: unknown } };
  return (typeof code === "string" && code.startsWith("SQLITE_BUSY")) || cause?.kind === "SocketTimeout";
}

/**
 * Runs `attempt` until it is not refused for SQLITE_BUSY, for at most BUSY_WAIT_MS. Each attempt
 * waits for the lock inside SQLite for at most busy_timeout (20 ms, set in server/db.ts: SQLite
 * polls finely there, so a writer waiting next to a loop of transactions still finds the gaps
 * between them); between attempts the event loop runs (1–2 ms, jittered). A wait of the full 5 s
 * inside one synchronous call froze the whole process, pages included, while the worker wrote.
 * A refused statement did nothing, so trying again is safe.
 */
export async function retryWhileBusy<T>(attempt: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (let delay = 1; ; delay = Math.min(delay * 2, 2)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
    }
    await sleep(delay * (0.5 + Math.random()));
  }
}

type Client = { prepare: (sql: string) => { run: () => unknown } };

/**
 * Makes Prisma's one SQLite connection safe to share between transactions and everything else,
 * and keeps waits for the write lock off the event loop.
 *
 * - The adapter runs a query made outside a transaction on the same connection even while an
 *   interactive transaction is open there, so that query silently became part of the transaction:
 *   rolled back with it, or seeing its uncommitted rows. Here such queries wait for the
 *   transaction to end (they run at once when none is open: better-sqlite3 is synchronous).
 * - Transactions begin IMMEDIATE: the write lock is taken before anything is read. A DEFERRED
 *   transaction that read first and then wrote after another process committed failed at once with
 *   SQLITE_BUSY_SNAPSHOT. The BEGIN is issued here, retried asynchronously while another process
 *   holds the lock; the adapter's own BEGIN becomes a no-op (had it failed, its mutex stayed held).
 * - Statements outside a transaction are retried the same way when refused for SQLITE_BUSY.
 */
export function guardSqliteConnection(adapter: SqlDriverAdapter & { client?: Client }): SqlDriverAdapter {
  const client = adapter.client;
  let begun = false;
  if (client) {
    const prepare = client.prepare.bind(client);
    const alreadyBegun = { run: () => ({ changes: 0 }) };
    client.prepare = (sql: string) => (sql === "BEGIN" ? (begun ? alreadyBegun : prepare("BEGIN IMMEDIATE")) : prepare(sql));
  }
  const lock = new FifoLock();
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let tx: Transaction;
    try {
      if (client) {
        await retryWhileBusy(() => client.prepare("BEGIN IMMEDIATE").run());
        begun = true;
      }
      try {
        tx = await startTransaction(isolationLevel);
      } catch (error) {
        if (begun) client?.prepare("ROLLBACK").run();
        throw error;
      } finally {
        begun = false;
      }
    } catch (error) {
      release();
      throw error;
    }
    const [commit, rollback] = [tx.commit.bind(tx), tx.rollback.bind(tx)];
    tx.commit = () => commit().finally(release);
    tx.rollback = () => rollback().finally(release);
    return tx;
  };
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const run = adapter[method].bind(adapter) as (query: Parameters<SqlDriverAdapter[typeof method]>[0]) => Promise<never>;
    adapter[method] = async (query: Parameters<SqlDriverAdapter[typeof method]>[0]) => {
      if (!lock.held) return retryWhileBusy(() => run(query));
      const release = await lock.acquire();
      try {
        return await retryWhileBusy(() => run(query));
      } finally {
        release();
      }
    };
  }
  return adapter;
}
