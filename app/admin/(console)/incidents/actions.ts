"use server";

import { redirect } from "next/navigation";
import { formAction, type ActionResult } from "@/server/action-result";
import type { Ctx } from "@/server/context";
import {
  addIncidentUpdate,
  createIncident,
  deleteIncident,
  editIncidentUpdate,
  publishIncident,
  resolveIncident,
  updateIncident,
} from "@/server/incident";
import { publishPostmortem, savePostmortem, unpublishPostmortem } from "@/server/postmortem";
import { addWindow, closeWindow, deleteWindow, updateWindow } from "@/server/window";
import {
  field,
  flag,
  toAddUpdateInput,
  toAddWindowInput,
  toCreateIncidentInput,
  toResolveInput,
  toUpdateIncidentInput,
  toUpdateWindowInput,
} from "./form-input";
import { consoleAction } from "../console-action";

// Thin adapters: the request's context, one verb, its result (field errors included) for the form.
type State = ActionResult<{ id: string }> | null;
const BASE = "/admin/incidents";
const section = consoleAction(BASE, "layout");
// The forms need only the id (to link or redirect): the rest of the row stays on the server.
const run = (work: (ctx: Ctx) => Promise<{ id: string }>, message: string) =>
  section.run(async (ctx) => ({ id: (await work(ctx)).id }), message);

export const createIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  const result = await run((ctx) => createIncident({ ctx, input: toCreateIncidentInput(form) }), "Incident saved");
  if (result.ok) redirect(`${BASE}/${result.data.id}`);
  return result;
});

export const publishIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run(
    (ctx) => publishIncident({ ctx, input: { incidentId: field(form, "incidentId"), notify: flag(form, "notify") } }),
    "Published",
  );
});

export const updateIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => updateIncident({ ctx, input: toUpdateIncidentInput(form) }), "Details saved");
});

export const addIncidentUpdateAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => addIncidentUpdate({ ctx, input: toAddUpdateInput(form) }), "Update posted");
});

export const editIncidentUpdateAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run(
    (ctx) => editIncidentUpdate({ ctx, input: { updateId: field(form, "updateId"), body: field(form, "body") } }),
    "Text corrected (no one was notified)",
  );
});

export const resolveIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => resolveIncident({ ctx, input: toResolveInput(form) }), "Incident resolved");
});

export const deleteIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  const result = await run((ctx) => deleteIncident({ ctx, input: { incidentId: field(form, "incidentId") } }), "Draft deleted");
  if (result.ok) redirect(BASE);
  return result;
});

export const addWindowAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => addWindow({ ctx, input: toAddWindowInput(form) }), "Window added");
});

export const updateWindowAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => updateWindow({ ctx, input: toUpdateWindowInput(form) }), "Window saved");
});

export const closeWindowAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => closeWindow({ ctx, input: { windowId: field(form, "windowId"), endedAt: field(form, "endedAt") } }), "Window closed");
});

export const deleteWindowAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => deleteWindow({ ctx, input: { windowId: field(form, "windowId") } }), "Window deleted");
});

export const savePostmortemAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run(
    (ctx) => savePostmortem({ ctx, input: { incidentId: field(form, "incidentId"), body: field(form, "body") } }),
    "Postmortem saved",
  );
});

export const publishPostmortemAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run(
    (ctx) => publishPostmortem({ ctx, input: { incidentId: field(form, "incidentId"), notify: flag(form, "notify") } }),
    "Postmortem published",
  );
});

export const unpublishPostmortemAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => unpublishPostmortem({ ctx, input: { incidentId: field(form, "incidentId") } }), "Postmortem unpublished");
});
