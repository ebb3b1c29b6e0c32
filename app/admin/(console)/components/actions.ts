"use server";

import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import {
  createComponent,
  deleteComponent,
  reorderComponents,
  setComponentStatus,
  updateComponent,
  type ReorderComponentsInput,
} from "@/server/component";
import { createGroup, deleteGroup, updateGroup } from "@/server/group";
import { consoleAction } from "../console-action";

// Thin adapters: this request's context → one verb → its result; the page re-renders on success.
// Form values are unchecked here: every verb parses its input.
type State = ActionResult | null;
const { settle: run } = consoleAction("/admin/components");

/** An edit form sends every field, so an emptied one means "clear it" rather than "keep it". */
function editForm(form: FormData, booleans: string[], clearable: string[]) {
  const input = formToObject(form, { booleans });
  for (const key of clearable) input[key] ??= null;
  return input;
}

export const createComponentAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form, { booleans: ["showcase", "onlyShowIfDegraded"] });
  return run((ctx) => createComponent({ ctx, input }), "Component added");
});

export const updateComponentAction = formAction(async (_state: State, form: FormData) => {
  const input = editForm(form, ["showcase", "onlyShowIfDegraded"], ["description", "groupId", "startDate"]);
  return run((ctx) => updateComponent({ ctx, input }), "Component saved");
});

export async function setShowcaseAction(componentId: string, showcase: boolean) {
  return run((ctx) => updateComponent({ ctx, input: { componentId, showcase } }), showcase ? "Shown on the page" : "Hidden from the page");
}

/** `status` "auto" hands the component back to incidents and maintenance. */
export async function setStatusAction(componentId: string, status: string) {
  const input = { componentId, status: status === "auto" ? null : status };
  return run(
    (ctx) => setComponentStatus({ ctx, input }),
    status === "auto" ? "Status follows incidents and maintenance again" : "Status set by hand",
  );
}

export async function reorderAction(input: ReorderComponentsInput) {
  return run((ctx) => reorderComponents({ ctx, input }));
}

export async function deleteComponentAction(componentId: string) {
  return run((ctx) => deleteComponent({ ctx, input: { componentId } }), "Component deleted");
}

export const createGroupAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form, { booleans: ["collapsed"] });
  return run((ctx) => createGroup({ ctx, input }), "Group added");
});

export const updateGroupAction = formAction(async (_state: State, form: FormData) => {
  const input = editForm(form, ["collapsed"], ["description"]);
  return run((ctx) => updateGroup({ ctx, input }), "Group saved");
});

export async function deleteGroupAction(groupId: string) {
  return run((ctx) => deleteGroup({ ctx, input: { groupId } }), "Group deleted; its components moved to the top level");
}
