import { readPublicSnapshot } from "@/server/public/read-snapshot";

/** The status page's name for signed-out pages, from the in-memory public snapshot (no query). */
export async function publicPageName(): Promise<string> {
  return (await readPublicSnapshot().catch(() => null))?.snapshot.page.name ?? "Status";
}
