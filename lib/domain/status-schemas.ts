import { z } from "zod";
import { COMPONENT_STATUSES, INCIDENT_IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES, WINDOW_SEVERITIES } from "./statuses";

// The vocabulary of ./statuses.ts as zod schemas, one name for schema and type, for verbs' inputs
// and for reading values the database does not constrain.

export const ComponentStatus = z.enum(COMPONENT_STATUSES);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

export const IncidentImpact = z.enum(INCIDENT_IMPACTS);
export type IncidentImpact = z.infer<typeof IncidentImpact>;

export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const WindowSeverity = z.enum(WINDOW_SEVERITIES);
export type WindowSeverity = z.infer<typeof WindowSeverity>;

export const MaintenanceStatus = z.enum(MAINTENANCE_STATUSES);
export type MaintenanceStatus = z.infer<typeof MaintenanceStatus>;
