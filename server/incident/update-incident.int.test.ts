import { describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { makeComponents, makePublished, publicRevision, uniqueLabel } from "@/test/fixtures/incident";
import { updateIncident } from "./update-incident";

const db = testDb();

describe("updateIncident", () => {
  it("changes title, impact and affected components, audited, without notifying", async () => {
    const ctx = await ctxAs(db, "editor");
    const [a, b] = await makeComponents(db, 2);
    const incident = await makePublished(db, [{ componentId: a!.id, status: "operational" }]);
    const revision = await publicRevision(db);
    const title = uniqueLabel("renamed");
    const after = await updateIncident({ ctx, input: { incidentId: incident.id, title, impact: "critical", componentIds: [b!.id] } });
    expect(after).toMatchObject({ title, impact: "critical", slug: incident.slug });
    expect((await db.incidentComponent.findMany({ where: { incidentId: incident.id } })).map((c) => c.componentId)).toEqual([b!.id]);
    expect(await db.notification.count({ where: { incidentId: incident.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: incident.id, action: "incident.update" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ title: incident.title, impact: "minor", componentIds: [a!.id] });
    expect(JSON.parse(audit.after!)).toMatchObject({ title, impact: "critical", componentIds: [b!.id] });
    expect(await publicRevision(db)).toBeGreaterThan(revision);
  });

  it("will not drop a component that still has windows in the incident, and stores nothing on bad input", async () => {
    const ctx = await ctxAs(db, "editor");
    const [a] = await makeComponents(db, 1);
    const incident = await makePublished(db, [{ componentId: a!.id, status: "major_outage" }]);
    const held = await updateIncident({ ctx, input: { incidentId: incident.id, title: "New", componentIds: [] } }).catch((e) => e);
    expect(held).toBeInstanceOf(ValidationError);
    expect(held.fieldErrors.componentIds[0]).toMatch(/has degradation windows in this incident/);
    const bad = await updateIncident({
      ctx,
      input: { incidentId: incident.id, title: " ", impact: "x" as never, componentIds: ["nope"] },
    }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["impact", "title"]);
    const missing = await updateIncident({ ctx, input: { incidentId: incident.id, componentIds: [a!.id, "nope"] } }).catch((e) => e);
    expect(missing.fieldErrors).toEqual({ "componentIds.1": ["This component does not exist"] });
    const future = await updateIncident({ ctx, input: { incidentId: incident.id, startedAt: new Date(Date.now() + 3_600_000) } }).catch(
      (e) => e,
    );
    expect(Object.keys(future.fieldErrors)).toEqual(["startedAt"]);
    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { components: true } });
    expect(row).toMatchObject({ title: incident.title, impact: "minor", startedAt: incident.startedAt });
    expect(row.components).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: incident.id, action: "incident.update" } })).toBe(0);
  });

  it("refuses viewers", async () => {
    const incident = await makePublished(db);
    await expect(updateIncident({ ctx: await ctxAs(db, "viewer"), input: { incidentId: incident.id, title: "x" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).title).toBe(incident.title);
  });
});
