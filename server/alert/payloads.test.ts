import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { labelFingerprint, parseAlertPayload } from "./payloads";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/alert-payloads", `${name}.json`), "utf8"));

const fieldsOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("accepted");
};

describe("parseAlertPayload", () => {
  it("reads Alertmanager's webhook: fingerprint, summary as title, description, zero end time as none", () => {
    expect(parseAlertPayload("alertmanager", fixture("alertmanager-firing"))).toEqual([
      {
        fingerprint: "1a30ba71cca2921f",
        status: "firing",
        labels: expect.objectContaining({ alertname: "ProbeFailure", service: "api", severity: "critical" }),
        title: "API probe failing",
        description: "https://api.example.org has answered no probe for over 5 minutes.",
        startsAt: new Date("2026-12-05T08:52:26.739Z"),
        endsAt: null,
        url: "http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0&g0.tab=1",
      },
    ]);
  });

  it("gives an alert without a fingerprint (older Alertmanager) one from its labels, whatever their order", () => {
    const [alert] = parseAlertPayload("alertmanager", fixture("alertmanager-resolved-no-fingerprint"));
    expect(alert).toMatchObject({ status: "resolved", title: "DiskFull", description: null, endsAt: new Date("2026-12-05T06:30:00Z") });
    expect(alert!.fingerprint).toBe(labelFingerprint({ alertname: "DiskFull", instance: "db-1:9100", service: "db" }));
    expect(alert!.fingerprint).not.toBe(labelFingerprint({ alertname: "DiskFull", instance: "db-2:9100", service: "db" }));
  });

  it("reads Grafana's webhook, ignoring its own extra fields, one alert firing and one resolved", () => {
    const alerts = parseAlertPayload("grafana", fixture("grafana-firing"));
    expect(alerts.map((a) => [a.fingerprint, a.status, a.title, a.labels.service ?? null])).toEqual([
      ["c6eadffa33fcdf37", "firing", "Dashboard memory above 95% in us-1", "dashboard"],
      ["bc97ff14869b13e3", "resolved", "CPU back to normal in eu-1", null],
    ]);
    expect(alerts[0]!.startsAt).toEqual(new Date("2026-12-05T07:51:03.157Z"));
  });

  it("reads the generic format, one alert or a list", () => {
    const one = { fingerprint: "api-5xx", status: "firing", title: "API errors above 5%", labels: { service: "api" } };
    expect(parseAlertPayload("generic", one)).toEqual([{ ...one, description: null, startsAt: null, endsAt: null, url: null }]);
    expect(parseAlertPayload("generic", { alerts: [one, { ...one, status: "resolved" }] }).map((a) => a.status)).toEqual([
      "firing",
      "resolved",
    ]);
  });

  it("names each bad field and accepts nothing half", () => {
    expect(fieldsOf(() => parseAlertPayload("alertmanager", { alerts: [] }))).toEqual({ alerts: ["No alerts in the payload"] });
    expect(Object.keys(fieldsOf(() => parseAlertPayload("alertmanager", { alerts: [{ status: "burning", labels: {} }] })))).toEqual([
      "alerts.0.status",
    ]);
    expect(Object.keys(fieldsOf(() => parseAlertPayload("grafana", { alerts: [{ status: "firing", startsAt: "yesterday" }] })))).toEqual([
      "alerts.0.startsAt",
    ]);
    expect(Object.keys(fieldsOf(() => parseAlertPayload("generic", { status: "firing", title: " " })))).toEqual(
      expect.arrayContaining(["fingerprint", "title"]),
    );
    expect(fieldsOf(() => parseAlertPayload("generic", "not an object"))).toBeDefined();
    const many = { alerts: Array.from({ length: 501 }, (_, i) => ({ fingerprint: `f${i}`, status: "firing", title: "t" })) };
    expect(Object.keys(fieldsOf(() => parseAlertPayload("generic", many)))).not.toHaveLength(0);
  });
});
