import type { Db } from "@/server/db";
import { bumpPublicRevision } from "@/server/public/revision";

/** Publishes an open incident on one demo component, as the admin console will (issue: admin). */
export async function publishOpenIncident(db: Db, title: string, componentName = "Track endpoint") {
  return db.$transaction(async (tx) => {
    const component = await tx.component.findFirstOrThrow({ where: { name: componentName } });
    const now = new Date();
    const incident = await tx.incident.create({
      data: {
        slug: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
        title,
        impact: "minor",
        status: "investigating",
        startedAt: now,
        publishedAt: now,
        components: { create: [{ componentId: component.id }] },
        updates: { create: [{ status: "investigating", body: "We are looking into **delayed** events.", displayAt: now }] },
        windows: { create: [{ componentId: component.id, severity: "degraded", startedAt: now }] },
      },
    });
    await tx.component.update({ where: { id: component.id }, data: { status: "degraded_performance" } });
    await bumpPublicRevision(tx);
    return { incident, component };
  });
}

export async function resolveIncident(db: Db, incidentId: string, componentId: string) {
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.incident.update({ where: { id: incidentId }, data: { status: "resolved", resolvedAt: now } });
    await tx.degradationWindow.updateMany({ where: { incidentId, endedAt: null }, data: { endedAt: now } });
    await tx.component.update({ where: { id: componentId }, data: { status: "operational" } });
    await bumpPublicRevision(tx);
  });
}
