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

/**
 * Makes Prisma's one SQLite connection safe to share between transactions and everything else.
 *
 * - The adapter runs a query made outside a transaction on the same connection even while an
 *   interactive transaction is open there, so that query silently became part of the transaction:
 *   rolled back with it, or seeing its uncommitted rows. Here such queries wait for the
 *   transaction to end (they run at once when none is open: better-sqlite3 is synchronous).
 * - Transactions begin IMMEDIATE: the write lock is taken (waiting up to busy_timeout for the
 *   other process, e.g. the worker) before anything is read. A DEFERRED transaction that read first
 *   and then wrote after another process committed failed at once with SQLITE_BUSY_SNAPSHOT.
 */
export function guardSqliteConnection(adapter: SqlDriverAdapter & { client?: { prepare: (sql: string) => unknown } }): SqlDriverAdapter {
  const client = adapter.client;
  if (client) {
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
  }
  const lock = new FifoLock();
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
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
      if (!lock.held) return run(query);
      const release = await lock.acquire();
      try {
        return await run(query);
      } finally {
        release();
      }
    };
  }
  return adapter;
}
