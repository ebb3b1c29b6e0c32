/**
 * Child processes and temporary databases of a bench run go whatever happens: normal end, error or
 * Ctrl-C. `cleanup(label, fn)` registers one and returns the function that runs it early (once).
 */
export function cleanupRegistry() {
  const pending = new Map<number, { label: string; fn: () => Promise<void> }>();
  let nextId = 0;
  const cleanup = (label: string, fn: () => Promise<void>) => {
    const id = nextId++;
    pending.set(id, { label, fn });
    return async () => {
      if (!pending.delete(id)) return;
      await fn();
    };
  };
  async function cleanAll() {
    for (const [id, { label, fn }] of [...pending].reverse()) {
      pending.delete(id);
      await fn().catch((error) => console.error(`cleanup of ${label} failed: ${(error as Error).message}`));
    }
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the app and dropping the bench databases…`);
      void cleanAll().finally(() => process.exit(130));
    });
  }
  return { cleanup, cleanAll };
}
