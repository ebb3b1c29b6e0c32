import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx } from "@/server/context";
import { parseInput, ValidationError } from "@/server/errors";
import { IMPORT_MAX_CHARS, ImportSubscribersInput } from "../schemas";
import { checkStart } from "./check-file";
import { importJobSelect, importJobView, type ImportJobView } from "./view";

async function readCapped(source: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  let chars = 0;
  for await (const chunk of source) {
    chars += chunk.length;
    if (chars > IMPORT_MAX_CHARS) throw ValidationError.field("csv", "The file is larger than 10 MB; split it into several files");
    parts.push(chunk);
  }
  return parts.join("");
}

/**
 * CSV import of active customers: a header row with an "email" column and optionally
 * "components" (names separated by ";"). The upload only stores the file and checks its start;
 * the worker checks every row and writes them (server/subscriber/import/run-import.ts), so a
 * 150k-row file costs the web process one insert, and the console follows the job's progress.
 */
export async function importSubscribers({ ctx, input }: { ctx: Ctx; input: ImportSubscribersInput }): Promise<ImportJobView> {
  authorize(ctx, "subscriber:write");
  const { csv } = parseInput(ImportSubscribersInput, input);
  const text = typeof csv === "string" ? csv : await readCapped(csv);
  // PostgreSQL text cannot hold NUL, and no address contains one: a binary file, refused whole.
  if (text.includes("\u0000")) throw ValidationError.field("csv", "The file contains NUL characters; is it a CSV text file?");
  checkStart(text);
  const row = await inTransaction(ctx, async (tx) => {
    const created = await tx.subscriberImport.create({
      data: { csv: text, bytes: Buffer.byteLength(text), actor: JSON.stringify(ctx.actor) },
      select: importJobSelect,
    });
    await recordAudit(tx, ctx, {
      action: "subscriber.import.queue",
      entityType: "subscriberImport",
      entityId: created.id,
      after: { bytes: created.bytes },
    });
    return created;
  });
  return importJobView(row);
}
