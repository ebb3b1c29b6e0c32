import { authorize, type Ctx } from "@/server/context";
import { NotFoundError, parseInput } from "@/server/errors";
import { SubscriberImportIdInput } from "../schemas";
import { importJobSelect, importJobView, type ImportJobView } from "./view";

/** One import: its progress while the worker runs it, its report once done. */
export async function getSubscriberImport({ ctx, input }: { ctx: Ctx; input: SubscriberImportIdInput }): Promise<ImportJobView> {
  authorize(ctx, "admin:read");
  const { importId } = parseInput(SubscriberImportIdInput, input);
  const row = await ctx.db.subscriberImport.findUnique({ where: { id: importId }, select: importJobSelect });
  if (!row) throw NotFoundError.of("Import");
  return importJobView(row);
}

/** The latest imports, newest first, for the console. */
export async function listSubscriberImports({ ctx }: { ctx: Ctx }): Promise<ImportJobView[]> {
  authorize(ctx, "admin:read");
  const rows = await ctx.db.subscriberImport.findMany({ orderBy: { createdAt: "desc" }, take: 5, select: importJobSelect });
  return rows.map(importJobView);
}
