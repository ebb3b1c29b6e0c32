import { componentSlugs } from "@/lib/domain/slug";
import type { Tx } from "@/server/context";
import type { Db } from "@/server/db";

/**
 * Gives every component without a stored slug the one its page has now (lib/domain/slug.ts), so a later
 * rename keeps its address. Run where components are made (console, demo data, Statuspage import) and at
 * start for components from before slugs were stored. Idempotent; instances starting together compute the
 * same slugs, and only a still-empty slug is written.
 */
export async function storeComponentSlugs(db: Db | Tx): Promise<number> {
  const rows = await db.component.findMany({ select: { id: true, name: true, createdAt: true, slug: true } });
  const missing = rows.filter((row) => !row.slug);
  if (missing.length === 0) return 0;
  const slugs = componentSlugs(rows);
  for (const row of missing) await db.component.updateMany({ where: { id: row.id, slug: null }, data: { slug: slugs.get(row.id)! } });
  return missing.length;
}
