import type { Ctx } from "@/server/context";
import { invalidatePublicSnapshot } from "./snapshot-store";

/**
 * After a verb's transaction committed a public change: start rebuilding this instance's snapshot
 * (other instances follow the revision within seconds). The verb does not wait for it — a publish
 * answers after its commit — but this instance's public readers do (snapshot-store), so the change
 * is visible to the next request. With an outer transaction, its owner calls.
 */
export async function afterPublicChange(ctx: Ctx): Promise<void> {
  if (ctx.tx) return;
  void invalidatePublicSnapshot().catch(() => {
    // The snapshot store logs and retries on its own schedule.
  });
}
