"use server";

import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { addSubscriber, reactivateSubscriber, removeSubscriber, suppressSubscriber } from "@/server/subscriber";
import { consoleAction } from "../console-action";

// Thin adapters: this request's context → one verb → its result. The verbs authorize and parse.
type State = ActionResult | null;
const { settle: run } = consoleAction("/admin/subscribers", "layout");

export const addSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form, { arrays: ["componentIds"] });
  return run((ctx) => addSubscriber({ ctx, input }), `Added ${String(input.email ?? "").trim()} as an active subscriber`);
});

export const suppressSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form);
  return run((ctx) => suppressSubscriber({ ctx, input }), "Suppressed: no more emails go to this address");
});

export const reactivateSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form);
  return run((ctx) => reactivateSubscriber({ ctx, input }), "Reactivated: this address gets updates again");
});

export const removeSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form);
  const result = await run((ctx) => removeSubscriber({ ctx, input }), "Subscriber removed");
  if (result.ok) redirect("/admin/subscribers?removed=1");
  return result;
});
