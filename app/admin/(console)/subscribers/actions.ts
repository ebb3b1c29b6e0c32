"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/form-data";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { getAdminCtx } from "@/server/auth/session";
import type { Ctx } from "@/server/context";
import {
  addSubscriber,
  reactivateSubscriber,
  removeSubscriber,
  suppressSubscriber,
  type AddSubscriberInput,
  type SubscriberIdInput,
  type SuppressSubscriberInput,
} from "@/server/subscriber";

// Thin adapters: this request's context → one verb → its result. The verbs authorize and parse.
type State = ActionResult | null;

async function run(verb: (ctx: Ctx) => Promise<unknown>, message: string): Promise<ActionResult> {
  const ctx = await getAdminCtx();
  const result = await runAction(async () => {
    await verb(ctx);
    return undefined;
  }, message);
  if (result.ok) revalidatePath("/admin/subscribers", "layout");
  return result;
}

export const addSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form, { arrays: ["componentIds"] }) as AddSubscriberInput;
  return run((ctx) => addSubscriber({ ctx, input }), `Added ${String(input.email ?? "").trim()} as an active subscriber`);
});

export const suppressSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form) as SuppressSubscriberInput;
  return run((ctx) => suppressSubscriber({ ctx, input }), "Suppressed: no more emails go to this address");
});

export const reactivateSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form) as SubscriberIdInput;
  return run((ctx) => reactivateSubscriber({ ctx, input }), "Reactivated: this address gets updates again");
});

export const removeSubscriberAction = formAction(async (_state: State, form: FormData) => {
  const input = formToObject(form) as SubscriberIdInput;
  const result = await run((ctx) => removeSubscriber({ ctx, input }), "Subscriber removed");
  if (result.ok) redirect("/admin/subscribers?removed=1");
  return result;
});
