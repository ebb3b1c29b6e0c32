"use server";

import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import {
  cancelMaintenance,
  completeMaintenance,
  scheduleMaintenance,
  startMaintenance,
  updateMaintenance,
  verifyMaintenance,
} from "@/server/maintenance";
import { consoleAction } from "../console-action";

// Thin adapters: this request's context → one verb → its result. Times arrive as UTC instants
// (the form converts from the admin's zone); every verb parses its input.
type State = ActionResult | null;
const FLAGS = ["autoStart", "autoComplete", "notifyOnSchedule", "notifyOnStart", "notifyOnEnd"];
const { settle: run } = consoleAction("/admin/maintenance");

const transition = (form: FormData, maintenanceId: string) => ({ maintenanceId, message: form.get("message") });

export const scheduleMaintenanceAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form, { arrays: ["componentIds"], booleans: FLAGS });
  return run((ctx) => scheduleMaintenance({ ctx, input }), "Maintenance scheduled and published");
});

export const updateMaintenanceAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form, { arrays: ["componentIds"], booleans: FLAGS });
  input.body ??= ""; // an emptied description clears it
  return run((ctx) => updateMaintenance({ ctx, input }), "Maintenance saved (nobody was notified)");
});

export const startMaintenanceAction = formAction(async (maintenanceId: string, form: FormData) => {
  return run((ctx) => startMaintenance({ ctx, input: transition(form, maintenanceId) }), "Maintenance started");
});

export const verifyMaintenanceAction = formAction(async (maintenanceId: string, form: FormData) => {
  return run((ctx) => verifyMaintenance({ ctx, input: transition(form, maintenanceId) }), "Maintenance is being verified");
});

export const completeMaintenanceAction = formAction(async (maintenanceId: string, form: FormData) => {
  return run((ctx) => completeMaintenance({ ctx, input: transition(form, maintenanceId) }), "Maintenance completed");
});

export const cancelMaintenanceAction = formAction(async (maintenanceId: string, form: FormData) => {
  return run((ctx) => cancelMaintenance({ ctx, input: transition(form, maintenanceId) }), "Maintenance cancelled");
});
