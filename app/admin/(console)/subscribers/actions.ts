"use server";

import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import type { ActionResult } from "@/server/action-result";
import {
  addSubscriber,
  reactivateSubscriber,
  removeSubscriber,
  suppressSubscriber,
} from "@/server/subscriber";
import { consoleAction } from "../console-action";

// Thin adapters: this request's context → one verb → its result. The verbs authorize and parse.
type State = ActionResult | null;
const { settle: run } = consoleAction("/admin/subscribers", "layout");

export async function addSubscriberAction(_state: State, form: FormData) {
  const input = formToObject(form, { arrays: ["componentIds"] });
  return run((ctx) => addSubscriber({ ctx, input }), `Added ${String(input.email ?? "").trim()} as an active subscriber`);
}

export async function suppressSubscriberAction(_state: State, form: FormData) {
  const input = formToObject(form);
  return run((ctx) => suppressSubscriber({ ctx, input }), "Suppressed: no more emails go to this address");
}

export async function reactivateSubscriberAction(_state: State, form: FormData) {
  const input = formToObject(form);
  return run((ctx) => reactivateSubscriber({ ctx, input }), "Reactivated: this address gets updates again");
}

export async function removeSubscriberAction(_state: State, form: FormData) {
  const input = formToObject(form);
  const result = await run((ctx) => removeSubscriber({ ctx, input }), "Subscriber removed");
  if (result.ok) redirect("/admin/subscribers?removed=1");
  return result;
}
