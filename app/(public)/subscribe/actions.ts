"use server";

import { headers } from "next/headers";
import { pickerInput } from "@/components/subscribe/picker-input";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { clientIp, confirmSubscription, publicCtx, subscribe } from "@/server/subscriber";
import { EmailAddress } from "@/server/subscriber/email";
import { en } from "@/lib/i18n/en";

// Thin adapters: form → one verb → its result. The verbs validate everything.
export const subscribeAction = formAction(
  async (_state: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> => {
    const email = String(form.get("email") ?? "");
    const incidentId = String(form.get("incidentId") ?? "") || undefined;
    // Following one incident has no components to choose.
    const choice = incidentId ? { componentIds: [] } : pickerInput(form);
    if ("ok" in choice) {
      // Both problems at once, not one per round trip.
      const address = EmailAddress.safeParse(email);
      return address.success ? choice : { ...choice, fieldErrors: { ...choice.fieldErrors, email: [address.error.issues[0]!.message] } };
    }
    const ip = clientIp(await headers());
    const result = await runAction(() =>
      subscribe({ ctx: publicCtx(), input: { email, componentIds: choice.componentIds, incidentId }, ip }),
    );
    return result.ok ? { ok: true, data: { email: email.trim() }, message: result.data.message } : result;
  },
);

export const confirmAction = formAction(
  async (_state: ActionResult<{ manageToken: string }> | null, form: FormData): Promise<ActionResult<{ manageToken: string }>> => {
    const token = String(form.get("token") ?? "");
    return runAction(async () => {
      const { manageToken } = await confirmSubscription({ ctx: publicCtx(), input: { token } });
      return { manageToken };
    }, en.answers.subscribed);
  },
);
