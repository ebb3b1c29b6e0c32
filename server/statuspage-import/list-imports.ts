import { authorize, type Ctx } from "@/server/context";
import type { ImportReport } from "./import-statuspage";

export type ImportRun = { id: string; at: Date; by: string; page: string; url: string | null; report: ImportReport };

const parse = (text: string | null): (ImportReport & { page?: string; url?: string | null }) | null => {
  try {
    return text ? (JSON.parse(text) as ImportReport & { page?: string; url?: string | null }) : null;
  } catch {
    return null;
  }
};

/** The latest Statuspage imports, newest first, each with what it created, updated and left out. Takes no input. */
export async function listImports({ ctx }: { ctx: Ctx }): Promise<ImportRun[]> {
  authorize(ctx, "admin:read");
  const rows = await ctx.db.auditLog.findMany({ where: { action: "import.statuspage" }, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.flatMap((row) => {
    const after = parse(row.after);
    if (!after) return [];
    const { page = "", url = null, ...report } = after;
    return [{ id: row.id, at: row.createdAt, by: row.actorLabel, page, url, report }];
  });
}
