import { formToObject } from "@/lib/form-data";
import { SEVERITY_FOR_STATUS } from "@/server/incident/component-windows";
import type { AddIncidentUpdateInput, CreateIncidentInput, ResolveIncidentInput, UpdateIncidentInput } from "@/server/incident/schemas";
import type { AddWindowInput, UpdateWindowInput } from "@/server/window/schemas";

// FormData from the incident console → the verbs' inputs. Values stay unvalidated: the verbs' zod
// schemas judge them and name the fields. Component pickers post one `component.<id>` per component.

const COMPONENT_PREFIX = "component.";

// A Map, so a posted status such as "constructor" finds no inherited property.
const SEVERITY = new Map(Object.entries(SEVERITY_FOR_STATUS));

export function componentChoices(form: FormData): Array<{ componentId: string; status: string }> {
  const out: Array<{ componentId: string; status: string }> = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith(COMPONENT_PREFIX) || typeof value !== "string" || value === "") continue;
    out.push({ componentId: key.slice(COMPONENT_PREFIX.length), status: value });
  }
  return out;
}

const text = (form: FormData, key: string): string | undefined => {
  const value = form.get(key);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export function toCreateIncidentInput(form: FormData): CreateIncidentInput {
  const base = formToObject(form, { booleans: ["notify"] });
  const components = componentChoices(form);
  if (text(form, "mode") === "backfill") {
    const startedAt = text(form, "startedAt");
    const resolvedAt = text(form, "resolvedAt");
    return {
      title: base.title,
      impact: base.impact,
      components: components.map((c) => ({ componentId: c.componentId, status: "operational" })),
      backfill: {
        startedAt,
        resolvedAt,
        windows: components.flatMap((c) => {
          const severity = SEVERITY.get(c.status);
          return severity ? [{ componentId: c.componentId, severity, startedAt, endedAt: resolvedAt }] : [];
        }),
        updates: [{ status: "resolved", body: base.body, displayAt: resolvedAt }],
      },
    };
  }
  return {
    title: base.title,
    impact: base.impact,
    status: base.status,
    body: base.body,
    startedAt: text(form, "startedAt"),
    components,
    publish: text(form, "intent") === "publish",
    notify: base.notify,
  };
}

export function toUpdateIncidentInput(form: FormData): UpdateIncidentInput {
  const base = formToObject(form, { arrays: ["componentIds"] });
  return {
    incidentId: base.incidentId,
    title: base.title,
    impact: base.impact,
    startedAt: text(form, "startedAt"),
    componentIds: base.componentIds,
  };
}

export function toAddUpdateInput(form: FormData): AddIncidentUpdateInput {
  const base = formToObject(form, { booleans: ["notify", "keepStatuses"] });
  return {
    incidentId: base.incidentId,
    status: base.status,
    body: base.body,
    notify: base.notify,
    keepStatuses: base.keepStatuses,
    displayAt: text(form, "displayAt"),
    components: componentChoices(form),
  };
}

export function toResolveInput(form: FormData): ResolveIncidentInput {
  const base = formToObject(form, { booleans: ["notify", "keepStatuses"] });
  return {
    incidentId: base.incidentId,
    resolvedAt: text(form, "resolvedAt"),
    body: text(form, "body"),
    notify: base.notify,
    keepStatuses: base.keepStatuses,
  };
}

export function toAddWindowInput(form: FormData): AddWindowInput {
  return {
    incidentId: text(form, "incidentId"),
    componentId: text(form, "componentId"),
    severity: text(form, "severity"),
    startedAt: text(form, "startedAt"),
    endedAt: text(form, "endedAt") ?? null,
  };
}

/** An empty end means "still open" (the window is reopened). */
export function toUpdateWindowInput(form: FormData): UpdateWindowInput {
  return {
    windowId: text(form, "windowId"),
    severity: text(form, "severity"),
    startedAt: text(form, "startedAt"),
    endedAt: text(form, "endedAt") ?? null,
  };
}

export const field = (form: FormData, key: string) => text(form, key);
export const flag = (form: FormData, key: string) => formToObject(form, { booleans: [key] })[key];
