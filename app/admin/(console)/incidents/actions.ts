"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
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

// Thin adapters: the request's context, one verb, its result (field errors included) for the form.
type State = ActionResult<{ id: string }> | null;
const BASE = "/admin/incidents";

async function run(work: (ctx: Awaited<ReturnType<typeof getAdminCtx>>) => Promise<{ id: string }>, message: string) {
  const result = await runAction(async () => ({ id: (await work(await getAdminCtx())).id }), message);
  if (result.ok) revalidatePath(BASE, "layout");
  return result;
}

export const createIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  const result = await run((ctx) => createIncident({ ctx, input: toCreateIncidentInput(form) }), "Incident saved");
  if (result.ok) redirect(`${BASE}/${result.data.id}`);
  return result;
});

export const publishIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => publishIncident({ ctx, input: { incidentId: field(form, "incidentId") as string, notify: flag(form, "notify") } }), "Published");
});

export const updateIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => updateIncident({ ctx, input: toUpdateIncidentInput(form) }), "Details saved");
});

export const addIncidentUpdateAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => addIncidentUpdate({ ctx, input: toAddUpdateInput(form) }), "Update posted");
});

export const editIncidentUpdateAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run(
    (ctx) => editIncidentUpdate({ ctx, input: { updateId: field(form, "updateId") as string, body: field(form, "body") as string } }),
    "Text corrected (no one was notified)",
  );
});

export const resolveIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => resolveIncident({ ctx, input: toResolveInput(form) }), "Incident resolved");
});

export const deleteIncidentAction = formAction(async (_: State, form: FormData): Promise<State> => {
  const result = await run((ctx) => deleteIncident({ ctx, input: { incidentId: field(form, "incidentId") as string } }), "Draft deleted");
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
  return run((ctx) => closeWindow({ ctx, input: { windowId: field(form, "windowId") as string, endedAt: field(form, "endedAt") } }), "Window closed");
});

export const deleteWindowAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => deleteWindow({ ctx, input: { windowId: field(form, "windowId") as string } }), "Window deleted");
});

export const savePostmortemAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => savePostmortem({ ctx, input: { incidentId: field(form, "incidentId") as string, body: field(form, "body") as string } }), "Postmortem saved");
});

export const publishPostmortemAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run(
    (ctx) => publishPostmortem({ ctx, input: { incidentId: field(form, "incidentId") as string, notify: flag(form, "notify") } }),
    "Postmortem published",
  );
});

export const unpublishPostmortemAction = formAction(async (_: State, form: FormData): Promise<State> => {
  return run((ctx) => unpublishPostmortem({ ctx, input: { incidentId: field(form, "incidentId") as string } }), "Postmortem unpublished");
});
