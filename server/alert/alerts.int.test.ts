import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as alertsRoute from "@/app/api/alerts/v1/[source]/route";
import { ValidationError } from "@/server/errors";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { makeComponents, uniqueLabel } from "@/test/fixtures/incident";
import { addAlertRule, createAlertIntegration, listAlertIntegrations, revokeAlertIntegration } from ".";

const db = testDb();
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/alert-payloads", `${name}.json`), "utf8"));

async function post(source: string, token: string | null, body: unknown) {
  const request = new Request(`http://status.test/api/alerts/v1/${source}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await alertsRoute.POST(request, { params: Promise.resolve({ source }) });
  return { status: response.status, json: await response.json() };
}

/** An integration with one rule: alerts labelled service="<service>" set the component to major outage. */
async function integrationFor(source: "alertmanager" | "grafana" | "generic", service: string) {
  const admin = await ctxAs(db, "admin");
  const [component] = await makeComponents(db, 1);
  const { integration, secret } = await createAlertIntegration({ ctx: admin, input: { name: uniqueLabel(`${source} prod`), source } });
  const rule = await addAlertRule({
    ctx: admin,
    input: { integrationId: integration.id, matchers: `service="${service}"`, componentIds: [component!.id], status: "major_outage" },
  });
  return { admin, integration, secret, rule, component: component! };
}

const fieldErrorsOf = async (work: Promise<unknown>) => {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
};

describe("alert integrations", () => {
  it("show their token once and keep only its hash; rules name their bad fields", async () => {
    const { admin, integration, secret } = await integrationFor("alertmanager", "api");
    expect(secret).toMatch(/^spk_/);
    const row = await db.alertIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(row.tokenHash).not.toContain(secret);
    expect(JSON.stringify(await listAlertIntegrations({ ctx: admin }))).not.toContain(row.tokenHash);
    const audit = await db.auditLog.findFirst({ where: { action: "alert_integration.create", entityId: integration.id } });
    expect(audit?.after).not.toContain(row.tokenHash);

    expect(
      Object.keys(
        await fieldErrorsOf(
          addAlertRule({
            ctx: admin,
            input: { integrationId: integration.id, matchers: "service", componentIds: ["x"], status: "major_outage" },
          }),
        ),
      ),
    ).toEqual(["matchers"]);
    expect(
      await fieldErrorsOf(
        addAlertRule({
          ctx: admin,
          input: { integrationId: integration.id, matchers: 'a="b"', componentIds: ["gone"], status: "operational" },
        }),
      ),
    ).toMatchObject({ status: [expect.any(String)] });
    expect(
      await fieldErrorsOf(
        addAlertRule({
          ctx: admin,
          input: { integrationId: integration.id, matchers: 'a="b"', componentIds: ["gone"], status: "partial_outage" },
        }),
      ),
    ).toEqual({ "componentIds.0": ["This component does not exist"] });
    expect(await db.alertRule.count({ where: { integrationId: integration.id } })).toBe(1);
  });

  it("queue Alertmanager's alerts that a rule takes, audited as the integration", async () => {
    const { integration, secret, rule } = await integrationFor("alertmanager", "api");
    const answer = await post("alertmanager", secret, fixture("alertmanager-firing"));
    expect(answer).toEqual({ status: 202, json: { data: { accepted: 1, unmatched: [] } } });
    const [event] = await db.alertEvent.findMany({ where: { integrationId: integration.id } });
    expect(event).toMatchObject({
      ruleId: rule.id,
      fingerprint: "1a30ba71cca2921f",
      status: "firing",
      title: "API probe failing",
      processedAt: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "alert.receive", entityId: integration.id } });
    expect(audit).toMatchObject({ actorType: "integration", actorId: integration.id, actorLabel: `integration:${integration.name}` });
    expect((await db.alertIntegration.findUniqueOrThrow({ where: { id: integration.id } })).lastUsedAt).not.toBeNull();
  });

  it("refuse a missing, wrong, revoked or other-source token with 401 and store nothing", async () => {
    const { admin, integration, secret } = await integrationFor("alertmanager", "api");
    const grafana = await integrationFor("grafana", "api");
    const before = await db.alertEvent.count();
    expect((await post("alertmanager", null, fixture("alertmanager-firing"))).status).toBe(401);
    expect((await post("alertmanager", `${secret}x`, fixture("alertmanager-firing"))).status).toBe(401);
    const crossed = await post("alertmanager", grafana.secret, fixture("alertmanager-firing"));
    expect(crossed).toMatchObject({ status: 401, json: { error: expect.stringContaining("/api/alerts/v1/grafana") } });
    await revokeAlertIntegration({ ctx: admin, input: { integrationId: integration.id } });
    expect((await post("alertmanager", secret, fixture("alertmanager-firing"))).status).toBe(401);
    expect((await post("pagerduty", secret, {})).status).toBe(404);
    expect(await db.alertEvent.count()).toBe(before);
  });

  it("keep alerts no rule takes in the unmatched list, answering 422 when none was taken", async () => {
    const { integration, secret } = await integrationFor("grafana", "dashboard");
    // One alert matches (service=dashboard), the other has no service label.
    expect(await post("grafana", secret, fixture("grafana-firing"))).toEqual({
      status: 202,
      json: { data: { accepted: 1, unmatched: [{ fingerprint: "bc97ff14869b13e3", title: "CPU back to normal in eu-1" }] } },
    });
    const other = await integrationFor("alertmanager", "checkout");
    for (let round = 1; round <= 2; round++) {
      const refused = await post("alertmanager", other.secret, fixture("alertmanager-firing"));
      expect(refused.status).toBe(422);
      expect(refused.json.fieldErrors.alerts[0]).toMatch(
        /No rule of this integration matches "API probe failing"; kept under Unmatched alerts/,
      );
      expect(
        await db.unmatchedAlert.findUniqueOrThrow({
          where: { integrationId_fingerprint: { integrationId: other.integration.id, fingerprint: "1a30ba71cca2921f" } },
        }),
      ).toMatchObject({ count: round });
    }
    expect(await db.alertEvent.count({ where: { integrationId: other.integration.id } })).toBe(0);
    const [listed] = (await listAlertIntegrations({ ctx: other.admin })).filter((i) => i.id === other.integration.id);
    expect(listed!.unmatched).toEqual([
      expect.objectContaining({ title: "API probe failing", count: 2, labels: expect.objectContaining({ service: "api" }) }),
    ]);
    expect(listed!.waiting).toBe(0);
    expect(integration.source).toBe("grafana");
  });

  it("answer bad payloads with 422 naming the field, storing nothing", async () => {
    const { integration, secret } = await integrationFor("generic", "api");
    expect(await post("generic", secret, "{not json")).toMatchObject({
      status: 422,
      json: { fieldErrors: { body: ["The body is not valid JSON"] } },
    });
    const bad = await post("generic", secret, { alerts: [{ fingerprint: "x", status: "on fire", title: "t" }] });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.fieldErrors)).toEqual(["alerts.0.status"]);
    expect(
      await post("generic", secret, { fingerprint: "api-5xx", status: "firing", title: "API 5xx above 5%", labels: { service: "api" } }),
    ).toMatchObject({ status: 202, json: { data: { accepted: 1 } } });
    expect(await db.alertEvent.count({ where: { integrationId: integration.id } })).toBe(1);
  });
});
