import { describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/server/api-token";
import { ROLES, roleCan, type Permission, type Role } from "@/server/auth/permissions";
import { matrixCases as alertCases } from "@/test/fixtures/matrix/alert";
import { matrixCases as chatCases } from "@/test/fixtures/matrix/chat";
import { matrixCases as componentCases } from "@/test/fixtures/matrix/component";
import { systemActor, type Ctx } from "@/server/context";
import type { Db } from "@/server/db";
import { retryFailedDeliveries } from "@/server/delivery/admin";
import { setJobPaused } from "@/server/job-control";
import { ForbiddenError, UnauthorizedError } from "@/server/errors";
import { matrixCases as incidentCases } from "@/test/fixtures/matrix/incident";
import { matrixCases as maintenanceCases } from "@/test/fixtures/matrix/maintenance";
import { matrixCases as settingsCases } from "@/test/fixtures/matrix/settings";
import {
  addSubscriber,
  exportSubscribersText,
  importSubscribers,
  reactivateSubscriber,
  removeSubscriber,
  suppressSubscriber,
} from "@/server/subscriber";
import { uniqueEmail } from "@/test/fixtures/subscriber";
import { matrixCases as teamCases } from "@/test/fixtures/matrix/team";
import { createWebhook, deleteWebhook, retryWebhookDelivery, rotateWebhookSecret, sendTestWebhook, updateWebhook } from "@/server/webhook";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";

type Case = { name: string; permission: Permission; run: (ctx: Ctx) => Promise<unknown> };

async function deliveryCases(db: Db): Promise<Case[]> {
  const notification = await db.notification.create({ data: { kind: "incident_published" } });
  return [
    // Pausing affects every worker using this database: resume in the same breath.
    {
      name: "setJobPaused",
      permission: "settings:write",
      run: (ctx) => setJobPaused({ ctx, input: { jobClass: "email", paused: false } }),
    },
    {
      name: "retryFailedDeliveries",
      permission: "subscriber:write",
      run: (ctx) => retryFailedDeliveries({ ctx, input: { notificationId: notification.id } }),
    },
  ];
}

async function subscriberCases(db: Db): Promise<Case[]> {
  const system = { db, actor: systemActor("matrix") };
  const existing = () => addSubscriber({ ctx: system, input: { email: uniqueEmail("matrix") } });
  const [toRemove, toSuppress, toReactivate] = await Promise.all([existing(), existing(), existing()]);
  await suppressSubscriber({ ctx: system, input: { subscriberId: toReactivate.id } });
  return [
    {
      name: "addSubscriber",
      permission: "subscriber:write",
      run: (ctx) => addSubscriber({ ctx, input: { email: uniqueEmail("matrix-add") } }),
    },
    {
      name: "importSubscribers",
      permission: "subscriber:write",
      run: (ctx) => importSubscribers({ ctx, input: { csv: `email\n${uniqueEmail("matrix-import")}\n` } }),
    },
    { name: "exportSubscribers", permission: "subscriber:write", run: (ctx) => exportSubscribersText({ ctx }) },
    {
      name: "removeSubscriber",
      permission: "subscriber:write",
      run: (ctx) => removeSubscriber({ ctx, input: { subscriberId: toRemove.id } }),
    },
    {
      name: "suppressSubscriber",
      permission: "subscriber:write",
      run: (ctx) => suppressSubscriber({ ctx, input: { subscriberId: toSuppress.id } }),
    },
    {
      name: "reactivateSubscriber",
      permission: "subscriber:write",
      run: (ctx) => reactivateSubscriber({ ctx, input: { subscriberId: toReactivate.id } }),
    },
  ];
}

async function tokenCases(db: Db): Promise<Case[]> {
  const system = { db, actor: systemActor("matrix") };
  const revocable = await createApiToken({ ctx: system, input: { name: "matrix", scope: "read" } });
  return [
    { name: "createApiToken", permission: "token:write", run: (ctx) => createApiToken({ ctx, input: { name: "matrix", scope: "write" } }) },
    { name: "revokeApiToken", permission: "token:write", run: (ctx) => revokeApiToken({ ctx, input: { tokenId: revocable.token.id } }) },
  ];
}

const MATRIX_WEBHOOK_URL = "https://hooks.example.test/matrix";

// Endpoints left enabled in the shared database would catch every later test's events: each
// allowed create is removed again at once, and the fixtures are switched off.
async function webhookCases(db: Db): Promise<Case[]> {
  const system = { db, actor: systemActor("matrix") };
  const url = MATRIX_WEBHOOK_URL;
  const make = async () => {
    const { endpoint } = await createWebhook({ ctx: system, input: { url, events: ["incident"] } });
    await updateWebhook({ ctx: system, input: { endpointId: endpoint.id, url, events: ["incident"], enabled: false } });
    return endpoint.id;
  };
  const [toUpdate, toRotate, toDelete, toTest] = [await make(), await make(), await make(), await make()];
  await updateWebhook({ ctx: system, input: { endpointId: toTest, url, events: ["incident"], enabled: true } });
  const notification = await db.notification.create({ data: { kind: "webhook:ping", payload: "{}" } });
  const ping = await db.delivery.create({
    data: {
      notificationId: notification.id,
      endpointId: toTest,
      channel: "webhook",
      recipient: url,
      state: "failed",
      messageId: `msg_matrix_${toTest}_${Date.now()}`,
    },
  });
  return [
    {
      name: "createWebhook",
      permission: "webhook:write",
      run: async (ctx) =>
        deleteWebhook({
          ctx: system,
          input: { endpointId: (await createWebhook({ ctx, input: { url, events: ["component"] } })).endpoint.id },
        }),
    },
    {
      name: "updateWebhook",
      permission: "webhook:write",
      run: (ctx) => updateWebhook({ ctx, input: { endpointId: toUpdate, url, events: ["maintenance"], enabled: false } }),
    },
    {
      name: "rotateWebhookSecret",
      permission: "webhook:write",
      run: (ctx) => rotateWebhookSecret({ ctx, input: { endpointId: toRotate } }),
    },
    { name: "sendTestWebhook", permission: "webhook:write", run: (ctx) => sendTestWebhook({ ctx, input: { endpointId: toTest } }) },
    {
      name: "retryWebhookDelivery",
      permission: "webhook:write",
      run: (ctx) => retryWebhookDelivery({ ctx, input: { deliveryId: ping.id } }),
    },
    {
      name: "deleteWebhook",
      permission: "webhook:write",
      // The last case: the endpoint still taking events goes, whoever may delete it.
      run: (ctx) =>
        deleteWebhook({ ctx, input: { endpointId: toDelete } }).finally(() =>
          db.webhookEndpoint.updateMany({ where: { id: toTest }, data: { enabled: false } }),
        ),
    },
  ];
}

const SOURCES: Record<string, (db: Db) => Promise<Case[]>> = {
  incidents: incidentCases,
  components: componentCases,
  maintenance: maintenanceCases,
  settings: settingsCases,
  team: teamCases,
  subscribers: subscriberCases,
  tokens: tokenCases,
  deliveries: deliveryCases,
  webhooks: webhookCases,
  alerts: alertCases,
  chat: chatCases,
};

// The list is the check that a new verb was added here: a verb missing from it is unchecked.
describe("authorization matrix", () => {
  it("covers every mutating verb", async () => {
    const db = testDb();
    const names = (await Promise.all(Object.values(SOURCES).map((load) => load(db)))).flat().map((c) => c.name);
    // Loading the webhook cases switches one endpoint on (its last case switches it off again): off
    // here, or it would catch every other test file's events in the shared database.
    await db.webhookEndpoint.updateMany({ where: { url: MATRIX_WEBHOOK_URL }, data: { enabled: false } });
    expect(names.sort()).toEqual([
      "addAlertRule",
      "addIncidentUpdate",
      "addSubscriber",
      "addWindow",
      "cancelMaintenance",
      "changeRole",
      "closeWindow",
      "completeMaintenance",
      "createAlertIntegration",
      "createApiToken",
      "createChatChannel",
      "createComponent",
      "createGroup",
      "createIncident",
      "createWebhook",
      "deleteChatChannel",
      "deleteComponent",
      "deleteGroup",
      "deleteIncident",
      "deleteWebhook",
      "deleteWindow",
      "disableUser",
      "editIncidentUpdate",
      "enableChatChannel",
      "enableUser",
      "exportSubscribers",
      "importSubscribers",
      "inviteUser",
      "publishIncident",
      "publishPostmortem",
      "reactivateSubscriber",
      "removeAlertRule",
      "removeSubscriber",
      "reorderComponents",
      "resolveIncident",
      "retryFailedDeliveries",
      "retryWebhookDelivery",
      "revokeAlertIntegration",
      "revokeApiToken",
      "revokeInvite",
      "rotateWebhookSecret",
      "runDueMaintenance",
      "savePostmortem",
      "scheduleMaintenance",
      "sendTestWebhook",
      "setComponentStatus",
      "setJobPaused",
      "startMaintenance",
      "suppressSubscriber",
      "unpublishPostmortem",
      "updateComponent",
      "updateGroup",
      "updateIncident",
      "updateMaintenance",
      "updateSettings",
      "updateWebhook",
      "updateWindow",
      "verifyMaintenance",
    ]);
  });
});

// Every mutating verb × anonymous / viewer / editor / admin / owner: allowed exactly when the
// role has the verb's permission; refused with the right error otherwise, before anything is stored.
describe.each(Object.entries(SOURCES))("authorization matrix: %s", (_, load) => {
  it.each(["anonymous", ...ROLES] as const)("as %s", async (who) => {
    const db = testDb();
    const cases = await load(db);
    expect(cases.length).toBeGreaterThan(0);
    const ctx = who === "anonymous" ? anonymousCtx(db) : await ctxAs(db, who);
    const outcomes: string[] = [];
    for (const c of cases) {
      const allowed = who !== "anonymous" && roleCan(who as Role, c.permission);
      const error = await c.run(ctx).then(
        () => null,
        (e: unknown) => e,
      );
      if (allowed && error)
        outcomes.push(`${c.name}: expected success, got ${(error as Error).constructor.name}: ${(error as Error).message}`);
      if (!allowed) {
        const expected = who === "anonymous" ? UnauthorizedError : ForbiddenError;
        if (!(error instanceof expected))
          outcomes.push(`${c.name}: expected ${expected.name}, got ${error ? (error as Error).message : "success"}`);
      }
    }
    expect(outcomes).toEqual([]);
    // A role allowed nothing here left no trace: no audit row carries its name.
    if (ctx.actor.type === "user" && cases.every((c) => !roleCan(who as Role, c.permission))) {
      expect(await db.auditLog.count({ where: { actorId: ctx.actor.id } })).toBe(0);
    }
  });
});
