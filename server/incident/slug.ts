import { randomBytes } from "node:crypto";
import type { Tx } from "@/server/context";
import { slugBase } from "@/lib/domain/slug";

const suffix = () => randomBytes(3).readUIntBE(0, 3).toString(36).padStart(4, "0").slice(-4);

/** "Degraded API" → "degraded-api-k3f9": readable, and unique even when titles repeat. */
export async function uniqueIncidentSlug(tx: Tx, title: string): Promise<string> {
  const base = slugBase(title, "incident");
  for (let attempt = 0; ; attempt++) {
    const slug = `${base}-${suffix()}${attempt >= 3 ? suffix() : ""}`;
    if (!(await tx.incident.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
