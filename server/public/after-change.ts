import type { Ctx } from "@/server/context";
import { invalidatePublicSnapshot } from "./snapshot-store";

/**
 * After a verb's transaction committed a public change: rebuild this instance's snapshot now
 * (other instances follow the revision within seconds). With an outer transaction, its owner calls.
 */
export async function afterPublicChange(ctx: Ctx): Promise<void> {
  if (ctx.tx) return;
  await invalidatePublicSnapshot().catch(() => {
    // The snapshot store logs and retries on its own schedule.
  });
}
