import { systemActor, type Ctx } from "@/server/context";
import type { Db } from "@/server/db";
import type { AffectedStatus } from "./schemas";
import { createIncident } from "./create-incident";

// Rows for integration tests and the authorization matrix: each call makes its own, uniquely named.

let counter = 0;
export const uniqueLabel = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export const fixtureCtx = (db: Db): Ctx => ({ db, actor: systemActor("fixture") });

export async function makeComponents(db: Db, count: number, prefix = "component") {
  const rows = [];
  for (let i = 0; i < count; i++) rows.push(await db.component.create({ data: { name: uniqueLabel(prefix) } }));
  return rows;
}

type Affected = Array<{ componentId: string; status: AffectedStatus }>;

/** A draft incident (first update and windows stored, nothing public). */
export async function makeDraft(db: Db, components: Affected = [], title = uniqueLabel("draft")) {
  return createIncident({ ctx: fixtureCtx(db), input: { title, components, body: "Draft text", publish: false, notify: false } });
}

/** A published, open incident; no announcement. */
export async function makePublished(db: Db, components: Affected = [], title = uniqueLabel("incident")) {
  return createIncident({
    ctx: fixtureCtx(db),
    input: { title, impact: "minor", components, body: "We are investigating.", publish: true, notify: false },
  });
}

export async function publicRevision(db: Db): Promise<number> {
  return (await db.publicRevision.findUnique({ where: { id: "public" } }))?.revision ?? 0;
}
