import { componentPageView } from "@/server/public/component-page";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

/** The snapshot and the component page's view, or `view: null` when the page shows no such component. */
export async function loadComponentPage(slug: string, days: number) {
  const snapshot = await readPublicSnapshot();
  if (!snapshot) return null;
  return { snapshot: snapshot.snapshot, view: componentPageView(snapshot.snapshot, decodeURIComponent(slug), days) };
}
