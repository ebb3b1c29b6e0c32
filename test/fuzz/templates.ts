import fc from "fast-check";
import type { FuzzContext, FuzzRequest } from "./request-types";
import type { KnownIds } from "./targets";
import { weirdText, weirdValue } from "./values";

// Writes that are valid but for one field (or valid, with unusual but allowed text), so generated
// requests get past "required" into the verbs, the text checks and the database.

type Kind = keyof KnownIds["byKind"];
type Fields = Record<string, unknown>;
type Id = (kind: Kind) => string;
/** A form action (by name) or a management API call, and its fields given one id of each kind and a number. */
type Template =
  | { action: string; fields: (id: Id, n: number) => Fields }
  | { api: [method: string, path: (id: Id) => string]; fields: (id: Id, n: number) => Fields };

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.UTC(2031, 0, 1) + days * DAY).toISOString();
// Allowed text that exercises storage and rendering: accents, combining marks, emoji, RTL, tab and newline.
const UNUSUAL = [
  "Ünïcödé ✓",
  "e\u0301te\u0301",
  "😀 down",
  "\u202eevil",
  "مرحبا",
  "tab\there",
  "line\nbreak",
  "<b>bold</b>",
  "**md** [x](https://example.com)",
];

const TEXT_FIELDS = new Set(["name", "description", "title", "body", "message", "reason", "pageName", "senderName"]);

const TEMPLATES: Template[] = [
  { action: "createComponentAction", fields: () => ({ name: "Fuzz component", description: "x", showcase: "on" }) },
  { action: "updateComponentAction", fields: (id) => ({ componentId: id("component"), name: "Renamed", description: "d" }) },
  { action: "createGroupAction", fields: () => ({ name: "Fuzz group", description: "g" }) },
  { action: "updateGroupAction", fields: (id) => ({ groupId: id("group"), name: "Group", description: "g" }) },
  {
    action: "createIncidentAction",
    fields: (id) => ({
      title: "Fuzz incident",
      impact: "minor",
      status: "investigating",
      body: "Looking.",
      [`component.${id("component")}`]: "degraded_performance",
      intent: "draft",
    }),
  },
  { action: "addIncidentUpdateAction", fields: (id) => ({ incidentId: id("incident"), status: "identified", body: "Found it." }) },
  { action: "editIncidentUpdateAction", fields: (id) => ({ updateId: id("update"), body: "Corrected." }) },
  { action: "savePostmortemAction", fields: (id) => ({ incidentId: id("incident"), body: "What happened." }) },
  {
    action: "scheduleMaintenanceAction",
    fields: (id) => ({ title: "Fuzz maintenance", body: "b", scheduledStart: at(1), scheduledEnd: at(2), componentIds: [id("component")] }),
  },
  { action: "addSubscriberAction", fields: (_, n) => ({ email: `fuzz-${n}@example.com` }) },
  { action: "subscribeAction", fields: () => ({ email: "fuzz-public@example.com" }) },
  { action: "createWebhookAction", fields: () => ({ url: "https://example.com/hook", description: "d", events: ["incident"] }) },
  { action: "createTokenAction", fields: () => ({ name: "Fuzz token", scope: "read" }) },
  { action: "inviteAction", fields: () => ({ email: "invitee@example.com", role: "viewer" }) },
  { action: "setPausedAction", fields: () => ({ paused: "false", reason: "r" }) },
  { action: "suppressSubscriberAction", fields: (id) => ({ subscriberId: id("subscriber"), status: "bounced", reason: "r" }) },
  {
    action: "updateSettingsAction",
    fields: () => ({
      pageName: "Status",
      publicUrl: "http://127.0.0.1",
      timeZone: "UTC",
      senderName: "Status",
      senderEmail: "status@example.com",
      replyTo: "",
      uptimeWeightMajor: "1",
      uptimeWeightPartial: "0.5",
      uptimeWeightDegraded: "0.1",
    }),
  },
  { api: ["POST", () => "/api/admin/v1/components"], fields: () => ({ name: "Fuzz API component", description: "d" }) },
  { api: ["PATCH", (id) => `/api/admin/v1/components/${id("component")}`], fields: () => ({ name: "Renamed by API", description: "d" }) },
  {
    api: ["POST", () => "/api/admin/v1/incidents"],
    fields: (id) => ({
      title: "API incident",
      body: "b",
      impact: "minor",
      notify: false,
      components: [{ componentId: id("component"), status: "degraded_performance" }],
    }),
  },
  { api: ["PATCH", (id) => `/api/admin/v1/incidents/${id("incident")}`], fields: () => ({ title: "Retitled", impact: "major" }) },
  {
    api: ["POST", (id) => `/api/admin/v1/incidents/${id("incident")}/updates`],
    fields: () => ({ status: "monitoring", body: "b", notify: false }),
  },
  { api: ["PUT", (id) => `/api/admin/v1/incidents/${id("incident")}/postmortem`], fields: () => ({ body: "pm" }) },
  {
    api: ["POST", (id) => `/api/admin/v1/incidents/${id("incident")}/windows`],
    fields: (id) => ({ componentId: id("component"), severity: "partial", startedAt: at(-30), endedAt: at(-29) }),
  },
  {
    api: ["POST", () => "/api/admin/v1/maintenance"],
    fields: (id) => ({
      title: "API maintenance",
      body: "b",
      scheduledStart: at(3),
      scheduledEnd: at(4),
      componentIds: [id("component")],
      notifyOnSchedule: false,
    }),
  },
  { api: ["POST", (id) => `/api/admin/v1/maintenance/${id("maintenance")}/start`], fields: () => ({ message: "m" }) },
  { api: ["POST", () => "/api/admin/v1/subscribers"], fields: (_, n) => ({ email: `api-fuzz-${n}@example.com`, componentIds: [] }) },
  {
    api: ["POST", () => "/api/admin/v1/webhooks"],
    fields: () => ({ url: "https://example.com/api-hook", events: ["incident"], description: "d" }),
  },
];

const text = fc.oneof({ weight: 3, arbitrary: weirdText }, { weight: 1, arbitrary: fc.constantFrom(...UNUSUAL) });

/** React's encoding of `(state, form)`: the form's fields as "_1_<name>", then the arguments in field "0" (last: React reads the form's fields as they stream in). */
function formBody(state: unknown, fields: Fields): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) entries.push([`_1_${key}`, v as string]);
  }
  return [...entries, ["0", JSON.stringify([state, "$K1"])]];
}

/** Near-valid writes: one template, one field replaced (or none), as the console's form or the API's JSON. */
export function nearValidRequest(
  ctx: FuzzContext,
  multipart: (fields: Array<[string, string]>) => { type: string; body: Buffer },
): fc.Arbitrary<FuzzRequest> {
  const actions = new Map(ctx.actions.map((a) => [a.name, a]));
  const usable = TEMPLATES.filter((t) => !("action" in t) || actions.has(t.action));
  return fc
    .tuple(
      fc.constantFrom(...usable),
      fc.nat(),
      fc.nat(),
      fc.oneof(text, weirdValue),
      fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    )
    .map(([template, pickId, pickField, value, corrupt]) => {
      const id = (kind: Kind) => {
        const ids = ctx.known.byKind[kind];
        return ids.length > 0 ? ids[pickId % ids.length]! : "missing";
      };
      const fields = template.fields(id, pickId);
      const keys = Object.keys(fields);
      const texts = keys.filter((k) => TEXT_FIELDS.has(k));
      if (corrupt) fields[keys[pickField % (keys.length + 1)] ?? "extra"] = value;
      else if (texts.length > 0) fields[texts[pickField % texts.length]!] = UNUSUAL[pickField % UNUSUAL.length];
      if ("api" in template) {
        const [method, path] = template.api;
        return {
          kind: "near-valid api",
          method,
          path: path(id),
          headers: { authorization: `Bearer ${ctx.writeToken}`, "content-type": "application/json" },
          body: JSON.stringify(fields),
        };
      }
      const action = actions.get(template.action)!;
      const asText = (v: unknown) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
      const formFields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.map(asText) : asText(v)]));
      const { type, body } = multipart(formBody(null, formFields));
      const headers = {
        "next-action": action.id,
        origin: ctx.origin,
        accept: "text/x-component",
        "content-type": type,
        ...(action.admin ? { cookie: ctx.ownerCookie } : {}),
      };
      return { kind: `near-valid ${action.name}`, method: "POST", path: action.page.replace(/\[[^\]]+\]/g, id("incident")), headers, body };
    });
}
