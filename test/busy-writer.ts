// A stand-in for the web process in concurrency tests: commits small transactions that read, then
// write (as verbs do), in a loop on the database at argv[2] until SIGTERM; prints what it did.
import { databaseTarget } from "@/lib/database-url";
import { createDb } from "@/server/db";

const db = createDb(databaseTarget(process.argv[2]!));
let stop = false;
process.on("SIGTERM", () => (stop = true));
const component = await db.component.create({ data: { name: `busy-writer-${process.pid}` } });
const done = { commits: 0, errors: 0 };
// Ready once the first write is in: the test starts its work only then.
process.stdout.write("ready\n");
for (let i = 0; !stop; i++) {
  try {
    await db.$transaction(async (tx) => {
      await tx.subscriber.count({ where: { status: "active" } });
      await tx.component.update({ where: { id: component.id }, data: { description: `write ${i}` } });
    });
    done.commits += 1;
  } catch {
    done.errors += 1;
  }
  await new Promise((resolve) => setTimeout(resolve, 2));
}
process.stdout.write(`${JSON.stringify(done)}\n`);
await db.$disconnect();
