import type { Permission } from "@/server/auth/permissions";
import type { Ctx } from "@/server/context";
import type { Db } from "@/server/db";
import { postmortemVerbs } from "@/server/postmortem";
import { windowVerbs } from "@/server/window";
import { fixtureCtx, makeComponents, makeDraft, makePublished, uniqueLabel } from "./fixtures";
import { incidentVerbs } from "./index";

export type MatrixCase = { name: string; permission: Permission; run: (ctx: Ctx) => Promise<unknown> };

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * One case per mutating incident, window and postmortem verb, each with a minimal valid input.
 * Components are made once here; every `run` then makes the rows its verb consumes (a fresh draft,
 * incident, window or postmortem, as the system actor) before calling the verb with `ctx`, so it can
 * be called once per role and an allowed role always succeeds. Verbs never announce (notify off).
 */
export async function matrixCases(db: Db): Promise<MatrixCase[]> {
  const [a, b] = await makeComponents(db, 2, "matrix");
  const system = fixtureCtx(db);
  const degraded = [{ componentId: a!.id, status: "degraded_performance" as const }];
  const withWindow = async () => {
    const incident = await makePublished(db, degraded);
    return db.degradationWindow.findFirstOrThrow({ where: { incidentId: incident.id } });
  };
  const withPostmortem = async (published: boolean) => {
    const incident = await makePublished(db);
    await postmortemVerbs.savePostmortem({ ctx: system, input: { incidentId: incident.id, body: "What happened" } });
    if (published) await postmortemVerbs.publishPostmortem({ ctx: system, input: { incidentId: incident.id } });
    return incident;
  };
  const { createIncident, publishIncident, updateIncident, addIncidentUpdate, editIncidentUpdate, resolveIncident, deleteIncident } =
    incidentVerbs;
  const { addWindow, updateWindow, closeWindow, deleteWindow } = windowVerbs;
  const { savePostmortem, publishPostmortem, unpublishPostmortem } = postmortemVerbs;
  const incident = (name: string, run: MatrixCase["run"]): MatrixCase => ({ name, permission: "incident:write", run });
  const postmortem = (name: string, run: MatrixCase["run"]): MatrixCase => ({ name, permission: "postmortem:write", run });

  return [
    incident("createIncident", (ctx) =>
      createIncident({
        ctx,
        input: { title: uniqueLabel("matrix"), components: degraded, body: "Investigating", publish: true, notify: false },
      }),
    ),
    incident("publishIncident", async (ctx) =>
      publishIncident({ ctx, input: { incidentId: (await makeDraft(db, degraded)).id, notify: false } }),
    ),
    incident("updateIncident", async (ctx) =>
      updateIncident({ ctx, input: { incidentId: (await makePublished(db)).id, title: uniqueLabel("renamed"), componentIds: [b!.id] } }),
    ),
    incident("addIncidentUpdate", async (ctx) =>
      addIncidentUpdate({
        ctx,
        input: { incidentId: (await makePublished(db)).id, status: "identified", body: "Found it", notify: false },
      }),
    ),
    incident("editIncidentUpdate", async (ctx) => {
      const update = await db.incidentUpdate.findFirstOrThrow({ where: { incidentId: (await makePublished(db)).id } });
      return editIncidentUpdate({ ctx, input: { updateId: update.id, body: "Fixed a typo" } });
    }),
    incident("resolveIncident", async (ctx) =>
      resolveIncident({ ctx, input: { incidentId: (await makePublished(db, degraded)).id, notify: false } }),
    ),
    incident("deleteIncident", async (ctx) => deleteIncident({ ctx, input: { incidentId: (await makeDraft(db, degraded)).id } })),
    incident("addWindow", async (ctx) =>
      addWindow({
        ctx,
        input: {
          incidentId: (await makePublished(db)).id,
          componentId: b!.id,
          severity: "partial",
          startedAt: minutesAgo(30),
          endedAt: minutesAgo(10),
        },
      }),
    ),
    incident("updateWindow", async (ctx) => updateWindow({ ctx, input: { windowId: (await withWindow()).id, severity: "major" } })),
    incident("closeWindow", async (ctx) => closeWindow({ ctx, input: { windowId: (await withWindow()).id } })),
    incident("deleteWindow", async (ctx) => deleteWindow({ ctx, input: { windowId: (await withWindow()).id } })),
    postmortem("savePostmortem", async (ctx) =>
      savePostmortem({ ctx, input: { incidentId: (await makePublished(db)).id, body: "## Summary" } }),
    ),
    postmortem("publishPostmortem", async (ctx) =>
      publishPostmortem({ ctx, input: { incidentId: (await withPostmortem(false)).id, notify: false } }),
    ),
    postmortem("unpublishPostmortem", async (ctx) => unpublishPostmortem({ ctx, input: { incidentId: (await withPostmortem(true)).id } })),
  ];
}
