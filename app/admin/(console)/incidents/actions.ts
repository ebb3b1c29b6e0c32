"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/server/action-result";
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

export async function createIncidentAction(_: State, form: FormData): Promise<State> {
  const result = await run((ctx) => createIncident({ ctx, input: toCreateIncidentInput(form) }), "Incident saved");
  if (result.ok) redirect(`${BASE}/${result.data.id}`);
  return result;
}

export async function publishIncidentAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => publishIncident({ ctx, input: { incidentId: field(form, "incidentId"), notify: flag(form, "notify") } }), "Published");
}

export async function updateIncidentAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => updateIncident({ ctx, input: toUpdateIncidentInput(form) }), "Details saved");
}

export async function addIncidentUpdateAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => addIncidentUpdate({ ctx, input: toAddUpdateInput(form) }), "Update posted");
}

export async function editIncidentUpdateAction(_: State, form: FormData): Promise<State> {
  return run(
    (ctx) => editIncidentUpdate({ ctx, input: { updateId: field(form, "updateId"), body: field(form, "body") } }),
    "Text corrected (no one was notified)",
  );
}

export async function resolveIncidentAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => resolveIncident({ ctx, input: toResolveInput(form) }), "Incident resolved");
}

export async function deleteIncidentAction(_: State, form: FormData): Promise<State> {
  const result = await run((ctx) => deleteIncident({ ctx, input: { incidentId: field(form, "incidentId") } }), "Draft deleted");
  if (result.ok) redirect(BASE);
  return result;
}

export async function addWindowAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => addWindow({ ctx, input: toAddWindowInput(form) }), "Window added");
}

export async function updateWindowAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => updateWindow({ ctx, input: toUpdateWindowInput(form) }), "Window saved");
}

export async function closeWindowAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => closeWindow({ ctx, input: { windowId: field(form, "windowId"), endedAt: field(form, "endedAt") } }), "Window closed");
}

export async function deleteWindowAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => deleteWindow({ ctx, input: { windowId: field(form, "windowId") } }), "Window deleted");
}

export async function savePostmortemAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => savePostmortem({ ctx, input: { incidentId: field(form, "incidentId"), body: field(form, "body") } }), "Postmortem saved");
}

export async function publishPostmortemAction(_: State, form: FormData): Promise<State> {
  return run(
    (ctx) => publishPostmortem({ ctx, input: { incidentId: field(form, "incidentId"), notify: flag(form, "notify") } }),
    "Postmortem published",
  );
}

export async function unpublishPostmortemAction(_: State, form: FormData): Promise<State> {
  return run((ctx) => unpublishPostmortem({ ctx, input: { incidentId: field(form, "incidentId") } }), "Postmortem unpublished");
}
