import { en } from "@/lib/i18n/en";
import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus, WindowSeverity } from "./statuses";

// English wording of every status and impact, for the console, the API and anywhere without a page language.
// They are the English catalog's (lib/i18n/en.ts), so the public page in English and the console agree.
// Types only from ./statuses, so client components that show labels do not bundle zod.

export const COMPONENT_STATUS_LABEL: Record<ComponentStatus, string> = en.componentStatus;

/** The page's banner for its overall status (the worst status: see server/status/overall.ts). */
export const OVERALL_LABEL: Record<ComponentStatus, string> = en.overall;

export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = en.incidentStatus;

// Whole phrases: each stands alone on a badge, in a menu and after a status ("Identified · Major impact").
export const IMPACT_LABEL: Record<IncidentImpact, string> = en.impact;

/** A degradation window's severity, named as the component status it causes. */
export const SEVERITY_LABEL: Record<WindowSeverity, string> = en.severity;

/** A maintenance's status, and of its updates, the last of which may be the one that cancelled it. */
export const MAINTENANCE_STATUS_LABEL: Record<MaintenanceStatus | "cancelled", string> = en.maintenanceStatus;

/** The label of a value read from the database, which the schema does not constrain: itself when unknown. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}
