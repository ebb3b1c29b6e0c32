import type { EmailKind } from "./events";

/** What subscribers are told about: the kind and the one record it is about. */
export type Announcement = {
  kind: EmailKind;
  incidentId?: string;
  updateId?: string;
  maintenanceId?: string;
  postmortemId?: string;
};
