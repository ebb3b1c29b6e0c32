import { runAction } from "@/server/action-result";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { getSubscriptionByToken } from "./get-subscription";
import { publicCtx } from "./public-ctx";

/**
 * What the manage and unsubscribe pages (the links in every email) read: the public page's snapshot
 * (null while there is none; the layout explains) and the subscription the token names (null for an
 * unknown token: the page answers 404).
 */
export async function readSubscriptionPage(manageToken: string) {
  const [view, result] = await Promise.all([
    readPublicSnapshot(),
    runAction(() => getSubscriptionByToken({ ctx: publicCtx(), input: { manageToken } })),
  ]);
  return { view, subscription: result.ok ? result.data : null };
}
