import { createHash } from "node:crypto";
import { z } from "zod";
import { parseInput } from "@/server/errors";

// The three payloads an integration accepts, each reduced to the same alert: Prometheus
// Alertmanager's webhook (version 4), Grafana alerting's webhook (Alertmanager's shape plus its own
// fields) and our documented generic JSON. Unknown fields are ignored: both senders add fields over time.

export type AlertSource = "alertmanager" | "grafana" | "generic";

export type InboundAlert = {
  /** Stable per alert series: repeats of one alert carry the same one. */
  fingerprint: string;
  status: "firing" | "resolved";
  labels: Record<string, string>;
  title: string;
  description: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Where an engineer sees the alert (Prometheus graph, Grafana rule). */
  url: string | null;
};

const MAX_ALERTS = 500;
const Text = (max: number) => z.string().max(max, `At most ${max} characters`);
const Labels = z
  .record(Text(200), Text(2_000))
  .refine((labels) => Object.keys(labels).length <= 100, "At most 100 labels")
  .default({});
const Status = z.enum(["firing", "resolved"], { error: "Use firing or resolved" });
// Alertmanager writes the zero time for "not ended".
const Time = Text(64)
  .optional()
  .transform((value, ctx) => {
    if (!value || value.startsWith("0001-01-01")) return null;
    const time = new Date(value);
    if (Number.isNaN(time.getTime())) {
      ctx.addIssue({ code: "custom", message: "Not a date-time" });
      return z.NEVER;
    }
    return time;
  });
const Url = Text(2_000).optional();

const PrometheusAlert = z.object({
  status: Status,
  labels: Labels,
  annotations: Labels,
  startsAt: Time,
  endsAt: Time,
  generatorURL: Url,
  fingerprint: Text(200).optional(),
});

/** Alertmanager and Grafana: `{ alerts: [...] }` with labels and annotations per alert. */
const PrometheusPayload = z.object({ alerts: z.array(PrometheusAlert).min(1, "No alerts in the payload").max(MAX_ALERTS) });

const GenericAlert = z.object({
  fingerprint: Text(200).trim().min(1, "Give each alert a fingerprint (the same for every repeat)"),
  status: Status,
  title: Text(200).trim().min(1, "Give the alert a title"),
  description: Text(10_000).optional(),
  labels: Labels,
  url: Url,
  startsAt: Time,
  endsAt: Time,
});
const GenericList = z.object({ alerts: z.array(GenericAlert).min(1, "No alerts in the payload").max(MAX_ALERTS) });

/** Without a fingerprint (older Alertmanager), the series is its label set. */
export function labelFingerprint(labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((key) => [key, labels[key]]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 16);
}

const firstLine = (text: string | undefined) => text?.trim().split("\n")[0]?.slice(0, 200) || undefined;

/** The payload's alerts, or a ValidationError naming each bad field (`alerts.0.status`). */
export function parseAlertPayload(source: AlertSource, body: unknown): InboundAlert[] {
  if (source === "generic") {
    // One alert, or `{ alerts: [...] }`: chosen by shape so errors name the fields, not "no union member matched".
    const listed = typeof body === "object" && body !== null && "alerts" in body;
    const alerts = listed ? parseInput(GenericList, body).alerts : [parseInput(GenericAlert, body)];
    return alerts.map((a) => ({
      fingerprint: a.fingerprint,
      status: a.status,
      labels: a.labels,
      title: a.title,
      description: a.description?.trim() || null,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      url: a.url || null,
    }));
  }
  return parseInput(PrometheusPayload, body).alerts.map((a) => ({
    fingerprint: a.fingerprint || labelFingerprint(a.labels),
    status: a.status,
    labels: a.labels,
    title: firstLine(a.annotations.summary) ?? firstLine(a.annotations.title) ?? a.labels.alertname ?? "Alert",
    description: a.annotations.description?.trim() || null,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    url: a.generatorURL || null,
  }));
}
