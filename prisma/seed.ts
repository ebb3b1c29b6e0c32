// `prisma db seed` / `npm run db:seed`: seeds the demo page unless the database was seeded before.
import { logger } from "@/lib/logger";
import { getDb } from "@/server/db";
import { ensureSeeded } from "@/server/seed/apply";

const db = getDb();
try {
  const result = await ensureSeeded(db, { demo: true });
  logger.info({ result }, result === "skipped" ? "database already seeded; nothing to do" : "database seeded");
} catch (error) {
  logger.fatal({ err: error }, "seeding failed");
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
