import type { DatabaseTarget } from "@/lib/database-url";

/**
 * A timestamp as a raw-SQL parameter that compares correctly with what Prisma stored: ISO text
 * with "+00:00" on SQLite (lexicographic order is time order), UTC ISO cast on PostgreSQL.
 */
export function sqlTime(provider: DatabaseTarget["provider"], date: Date): string {
  const iso = date.toISOString();
  return provider === "sqlite" ? iso.replace("Z", "+00:00") : iso;
}
