import type { Db } from "@/server/db";
import { legacyTokenHash } from "./tokens";

/**
 * Manage tokens from before links were derived are kept only as their sha-256 (links in mails
 * already sent keep working). PostgreSQL's migration hashes them in SQL; SQLite has no sha-256 in
 * SQL, so its migration leaves them and this start-up step hashes and clears them. Idempotent.
 */
export async function hashLegacyManageTokens(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.subscriber.findMany({
      where: { legacyManageToken: { not: null } },
      select: { id: true, legacyManageToken: true },
      take: 500,
    });
    if (rows.length === 0) return done;
    await db.$transaction(
      rows.map((row) =>
        db.subscriber.update({
          where: { id: row.id },
          data: { legacyManageTokenHash: legacyTokenHash(row.legacyManageToken!), legacyManageToken: null },
        }),
      ),
    );
    done += rows.length;
  }
}
