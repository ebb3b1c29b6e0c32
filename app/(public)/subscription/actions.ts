"use server";

import { revalidatePath } from "next/cache";
import { pickerInput } from "@/components/subscribe/picker-input";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { publicCtx, unsubscribe, updateSubscription } from "@/server/subscriber";
import { en } from "@/lib/i18n/en";

// Thin adapters for the manage and unsubscribe pages: the link token comes in a hidden field.
const tokenOf = (form: FormData) => String(form.get("manageToken") ?? "");

export const updateSubscriptionAction = formAction(async (_state: ActionResult | null, form: FormData): Promise<ActionResult> => {
  const choice = pickerInput(form);
  if ("ok" in choice) return choice;
  const manageToken = tokenOf(form);
  return runAction(
    async () => {
      await updateSubscription({ ctx: publicCtx(), input: { manageToken, componentIds: choice.componentIds } });
      revalidatePath(`/subscription/${manageToken}`);
      return undefined;
    },
    choice.componentIds.length ? en.answers.savedSome : en.answers.savedAll,
  );
});

export const unsubscribeAction = formAction(
  async (_state: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> => {
    const manageToken = tokenOf(form);
    return runAction(async () => {
      const { email } = await unsubscribe({ ctx: publicCtx(), input: { manageToken } });
      revalidatePath(`/subscription/${manageToken}`);
      return { email };
    }, en.answers.unsubscribed);
  },
);
