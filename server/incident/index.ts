import { addIncidentUpdate } from "./add-incident-update";
import { createIncident } from "./create-incident";
import { deleteIncident } from "./delete-incident";
import { editIncidentUpdate } from "./edit-incident-update";
import { publishIncident } from "./publish-incident";
import { resolveIncident } from "./resolve-incident";
import { updateIncident } from "./update-incident";

export { addIncidentUpdate, createIncident, deleteIncident, editIncidentUpdate, publishIncident, resolveIncident, updateIncident };
export { deriveIncidentStatus, latestUpdate } from "./derive-status";
export { UPDATE_TEMPLATES, DEFAULT_RESOLVED_BODY, type UpdateTemplate } from "@/lib/domain/update-templates";
export * from "./schemas";

/** Every mutating incident verb (all need "incident:write"), for the authorization matrix. */
export const incidentVerbs = {
  createIncident,
  publishIncident,
  updateIncident,
  addIncidentUpdate,
  editIncidentUpdate,
  resolveIncident,
  deleteIncident,
};
