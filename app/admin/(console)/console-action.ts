import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import type { Ctx } from "@/server/context";

type Work<T> = (ctx: Ctx) => Promise<T>;

/**
 * The console's one server-action adapter: this request's admin context → one verb (which authorizes
 * and parses) → its result, or its error mapped for the form; on success the section under `path`
 * re-renders. `settle` is for forms that need only the outcome: the verb's row stays on the server.
 */
export function consoleAction(path: string, type?: "layout" | "page") {
  async function run<T>(work: Work<T>, message?: string): Promise<ActionResult<T>> {
    const result = await runAction(async () => work(await getAdminCtx()), message);
    if (result.ok) revalidatePath(path, type);
    return result;
  }
  const settle = (work: Work<unknown>, message?: string): Promise<ActionResult> =>
    run(async (ctx) => {
      await work(ctx);
      return undefined;
    }, message);
  return { run, settle };
}
