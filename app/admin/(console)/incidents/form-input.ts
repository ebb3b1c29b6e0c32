import { formToObject } from "@/lib/form-data";
import { SEVERITY_FOR_STATUS } from "@/server/incident/component-windows";
import type {
  AddIncidentUpdateInput,
  AffectedStatus,
  CreateIncidentInput,
  ResolveIncidentInput,
  UpdateIncidentInput,
} from "@/server/incident/schemas";
import type { AddWindowInput, UpdateWindowInput } from "@/server/window/schemas";

// FormData from the incident console → the verbs' inputs. Values stay unvalidated: the verbs' zod
// schemas judge them and name the fields. Component pickers post one `component.<id>` per component.

const COMPONENT_PREFIX = "component.";

export function componentChoices(form: FormData): Array<{ componentId: string; status: AffectedStatus }> {
  const out: Array<{ componentId: string; status: AffectedStatus }> = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith(COMPONENT_PREFIX) || typeof value !== "string" || value === "") continue;
    out.push({ componentId: key.slice(COMPONENT_PREFIX.length), status: value as AffectedStatus });
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
      title: base.title as string,
      impact: base.impact as CreateIncidentInput["impact"],
      components: components.map((c) => ({ componentId: c.componentId, status: "operational" as const })),
      backfill: {
        startedAt: startedAt as string,
        resolvedAt: resolvedAt as string,
        windows: components.flatMap((c) => {
          const severity = SEVERITY_FOR_STATUS[c.status];
          return severity ? [{ componentId: c.componentId, severity, startedAt: startedAt as string, endedAt: resolvedAt as string }] : [];
        }),
        updates: [{ status: "resolved", body: base.body as string, displayAt: resolvedAt as string }],
      },
    };
  }
  return {
    title: base.title as string,
    impact: base.impact as CreateIncidentInput["impact"],
    status: base.status as CreateIncidentInput["status"],
    body: base.body as string,
    startedAt: text(form, "startedAt"),
    components,
    publish: text(form, "intent") === "publish",
    notify: base.notify as boolean,
  };
}

export function toUpdateIncidentInput(form: FormData): UpdateIncidentInput {
  const base = formToObject(form, { arrays: ["componentIds"] });
  return {
    incidentId: base.incidentId as string,
    title: base.title as string,
    impact: base.impact as UpdateIncidentInput["impact"],
    startedAt: text(form, "startedAt"),
    componentIds: base.componentIds as string[],
  };
}

export function toAddUpdateInput(form: FormData): AddIncidentUpdateInput {
  const base = formToObject(form, { booleans: ["notify", "keepStatuses"] });
  return {
    incidentId: base.incidentId as string,
    status: base.status as AddIncidentUpdateInput["status"],
    body: base.body as string,
    notify: base.notify as boolean,
    keepStatuses: base.keepStatuses as boolean,
    displayAt: text(form, "displayAt"),
    components: componentChoices(form),
  };
}

export function toResolveInput(form: FormData): ResolveIncidentInput {
  const base = formToObject(form, { booleans: ["notify", "keepStatuses"] });
  return {
    incidentId: base.incidentId as string,
    resolvedAt: text(form, "resolvedAt"),
    body: text(form, "body"),
    notify: base.notify as boolean,
    keepStatuses: base.keepStatuses as boolean,
  };
}

export function toAddWindowInput(form: FormData): AddWindowInput {
  return {
    incidentId: text(form, "incidentId") as string,
    componentId: text(form, "componentId") as string,
    severity: text(form, "severity") as AddWindowInput["severity"],
    startedAt: text(form, "startedAt") as string,
    endedAt: text(form, "endedAt") ?? null,
  };
}

/** An empty end means "still open" (the window is reopened). */
export function toUpdateWindowInput(form: FormData): UpdateWindowInput {
  return {
    windowId: text(form, "windowId") as string,
    severity: text(form, "severity") as UpdateWindowInput["severity"],
    startedAt: text(form, "startedAt"),
    endedAt: text(form, "endedAt") ?? null,
  };
}

export const field = (form: FormData, key: string) => text(form, key);
export const flag = (form: FormData, key: string) => formToObject(form, { booleans: [key] })[key] as boolean;
