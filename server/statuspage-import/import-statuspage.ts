import { recordAudit } from "@/server/audit/record-audit";
import { authorize, inTransaction, type Ctx, type Tx } from "@/server/context";
import { createIncident } from "@/server/incident";
import { maintenanceSlug } from "@/server/maintenance/shared";
import { storeComponentSlugs } from "@/server/component/slugs";
import { afterPublicChange } from "@/server/public/after-change";
import { bumpPublicRevision } from "@/server/public/revision";
import type { SpComponent, SpIncident, StatuspageDocuments } from "./documents";
import { planIncident, planMaintenance, type MaintenancePlan } from "./plan";

const SOURCE = "statuspage";
type Kind = "group" | "component" | "incident" | "maintenance";

export type ImportReport = {
  groups: { created: number; updated: number };
  components: { created: number; updated: number };
  incidents: { created: number; updated: number; unchanged: number; skipped: Array<{ id: string; name: string; reason: string }> };
  maintenance: { created: number; updated: number; unchanged: number; skipped: Array<{ id: string; name: string; reason: string }> };
};

async function mapped(tx: Tx, kind: Kind, sourceId: string) {
  return tx.importedRecord.findUnique({ where: { source_kind_sourceId: { source: SOURCE, kind, sourceId } } });
}

async function remember(tx: Tx, kind: Kind, sourceId: string, localId: string, sourceUpdatedAt: string | null) {
  await tx.importedRecord.upsert({
    where: { source_kind_sourceId: { source: SOURCE, kind, sourceId } },
    create: { source: SOURCE, kind, sourceId, localId, sourceUpdatedAt },
    update: { localId, sourceUpdatedAt },
  });
}

const startDay = (text: string | null | undefined) =>
  text && /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(`${text.slice(0, 10)}T00:00:00Z`) : null;

/** Groups and components, in the source's order; an existing one keeps its current status. */
async function importStructure(tx: Tx, components: SpComponent[], report: ImportReport): Promise<Map<string, string>> {
  const ordered = [...components].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const localOf = new Map<string, string>();
  let position = 0;
  for (const group of ordered.filter((c) => c.group)) {
    const data = { name: group.name.trim().slice(0, 100), description: group.description?.trim() || null, position: position++ };
    const known = await mapped(tx, "group", group.id);
    const exists = known && (await tx.componentGroup.findUnique({ where: { id: known.localId }, select: { id: true } }));
    const row = exists ? await tx.componentGroup.update({ where: { id: known.localId }, data }) : await tx.componentGroup.create({ data });
    report.groups[exists ? "updated" : "created"] += 1;
    await remember(tx, "group", group.id, row.id, group.updated_at ?? null);
    localOf.set(group.id, row.id);
  }
  for (const component of ordered.filter((c) => !c.group)) {
    const groupId = component.group_id ? (localOf.get(component.group_id) ?? null) : null;
    const data = {
      name: component.name.trim().slice(0, 100),
      description: component.description?.trim() || null,
      groupId,
      position: position++,
      showcase: component.showcase ?? true,
      onlyShowIfDegraded: component.only_show_if_degraded ?? false,
      startDate: startDay(component.start_date),
    };
    const known = await mapped(tx, "component", component.id);
    const exists = known && (await tx.component.findUnique({ where: { id: known.localId }, select: { id: true } }));
    const row = exists
      ? await tx.component.update({ where: { id: known.localId }, data })
      : await tx.component.create({
          // The page shows what the old one shows today; a status other than operational stays until changed here.
          data: { ...data, status: component.status, statusSource: component.status === "operational" ? "auto" : "manual" },
        });
    report.components[exists ? "updated" : "created"] += 1;
    await remember(tx, "component", component.id, row.id, component.updated_at ?? null);
    localOf.set(component.id, row.id);
  }
  await storeComponentSlugs(tx);
  return localOf;
}

/** A past incident, replaced as a whole when the source changed it (its page address kept). */
async function importIncident(ctx: Ctx, incident: SpIncident, componentOf: (id: string) => string | undefined, report: ImportReport) {
  const version = incident.updated_at ?? incident.resolved_at ?? null;
  const plan = planIncident(incident, componentOf);
  if (!plan.ok) return report.incidents.skipped.push({ id: incident.id, name: incident.name, reason: plan.reason });
  await inTransaction(ctx, async (tx) => {
    const known = await mapped(tx, "incident", incident.id);
    const previous = known && (await tx.incident.findUnique({ where: { id: known.localId }, select: { id: true, slug: true } }));
    if (previous && known.sourceUpdatedAt === version) {
      report.incidents.unchanged += 1;
      return;
    }
    if (previous) {
      await tx.degradationWindow.deleteMany({ where: { incidentId: previous.id } });
      await tx.incident.delete({ where: { id: previous.id } });
    }
    const created = await createIncident({ ctx: { ...ctx, tx }, input: plan.input });
    if (previous) await tx.incident.update({ where: { id: created.id }, data: { slug: previous.slug } });
    await remember(tx, "incident", incident.id, created.id, version);
    report.incidents[previous ? "updated" : "created"] += 1;
  });
}

async function writeMaintenance(tx: Tx, existingId: string | null, plan: MaintenancePlan): Promise<string> {
  const future = plan.status === "scheduled" && plan.scheduledStart.getTime() > Date.now();
  const data = {
    title: plan.title,
    body: plan.body,
    status: plan.status,
    scheduledStart: plan.scheduledStart,
    scheduledEnd: plan.scheduledEnd,
    startedAt: plan.startedAt,
    completedAt: plan.completedAt,
    // Upcoming ones start and end on time here; nobody is told by the import itself.
    autoStart: future,
    autoComplete: future || plan.status !== "completed",
    notifyOnSchedule: false,
    notifyOnStart: false,
    notifyOnEnd: false,
    publishedAt: plan.updates[0]?.displayAt ?? plan.scheduledStart,
  };
  const row = existingId
    ? await tx.maintenance.update({ where: { id: existingId }, data })
    : await tx.maintenance.create({ data: { ...data, slug: maintenanceSlug(plan.title) } });
  await tx.maintenanceComponent.deleteMany({ where: { maintenanceId: row.id } });
  await tx.maintenanceComponent.createMany({ data: plan.componentIds.map((componentId) => ({ maintenanceId: row.id, componentId })) });
  await tx.maintenanceUpdate.deleteMany({ where: { maintenanceId: row.id } });
  await tx.maintenanceUpdate.createMany({ data: plan.updates.map((u) => ({ ...u, maintenanceId: row.id, createdAt: u.displayAt })) });
  return row.id;
}

async function importMaintenance(ctx: Ctx, m: SpIncident, componentOf: (id: string) => string | undefined, report: ImportReport) {
  const version = m.updated_at ?? null;
  const plan = planMaintenance(m, componentOf);
  if (!plan.ok) return report.maintenance.skipped.push({ id: m.id, name: m.name, reason: plan.reason });
  await inTransaction(ctx, async (tx) => {
    const known = await mapped(tx, "maintenance", m.id);
    const previous = known && (await tx.maintenance.findUnique({ where: { id: known.localId }, select: { id: true } }));
    if (previous && known.sourceUpdatedAt === version) {
      report.maintenance.unchanged += 1;
      return;
    }
    const id = await writeMaintenance(tx, previous ? previous.id : null, plan.input);
    await remember(tx, "maintenance", m.id, id, version);
    await bumpPublicRevision(tx);
    report.maintenance[previous ? "updated" : "created"] += 1;
  });
}

/**
 * Imports a Statuspage page (its public v2 documents): groups, components, past incidents with their
 * whole timelines (published, resolved, announced to nobody: the backfill path) and maintenance.
 * Keyed by the source's ids, so running it again updates what changed and adds nothing twice.
 * Each incident and maintenance is its own transaction: one unreadable record does not undo the rest.
 */
export async function importStatuspage({ ctx, documents }: { ctx: Ctx; documents: StatuspageDocuments }): Promise<ImportReport> {
  authorize(ctx, "settings:write");
  const report: ImportReport = {
    groups: { created: 0, updated: 0 },
    components: { created: 0, updated: 0 },
    incidents: { created: 0, updated: 0, unchanged: 0, skipped: [] },
    maintenance: { created: 0, updated: 0, unchanged: 0, skipped: [] },
  };
  const localOf = await inTransaction(ctx, async (tx) => {
    const map = await importStructure(tx, documents.summary.components, report);
    await bumpPublicRevision(tx);
    return map;
  });
  const componentOf = (id: string) => localOf.get(id);
  // One record per source id, even if a document lists it twice.
  const incidents = new Map(documents.incidents.map((i) => [i.id, i]));
  for (const incident of incidents.values()) await importIncident(ctx, incident, componentOf, report);
  for (const m of documents.maintenances) await importMaintenance(ctx, m, componentOf, report);
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, {
      action: "import.statuspage",
      entityType: "import",
      entityId: documents.summary.page.id,
      after: { page: documents.summary.page.name, url: documents.summary.page.url ?? null, ...report },
    }),
  );
  await afterPublicChange(ctx);
  return report;
}
