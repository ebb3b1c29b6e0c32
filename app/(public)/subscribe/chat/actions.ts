"use server";

import { headers } from "next/headers";
import { pickerInput } from "@/components/subscribe/picker-input";
import { env } from "@/lib/env";
import { formAction, runAction, type ActionResult } from "@/server/action-result";
import { confirmChat, leaveChat, subscribeChat } from "@/server/chat";
import { clientIp, publicCtx } from "@/server/subscriber";
import { en } from "@/lib/i18n/en";

// Thin adapters: form → one verb → its result. The verbs validate everything.
export const subscribeChatAction = formAction(
  async (_state: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const choice = pickerInput(form);
    if ("ok" in choice) return choice;
    const ip = clientIp(await headers());
    const input = { kind: String(form.get("kind") ?? ""), url: String(form.get("url") ?? ""), componentIds: choice.componentIds };
    const result = await runAction(() => subscribeChat({ ctx: publicCtx(), input, ip, allowPrivate: env.WEBHOOK_ALLOW_PRIVATE ?? false }));
    return result.ok ? { ok: true, data: null, message: result.data.message } : result;
  },
);

export const confirmChatAction = formAction(async (_state: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> =>
  runAction(() => confirmChat({ ctx: publicCtx(), input: { token: String(form.get("token") ?? "") } }), en.answers.chatConfirmed),
);

export const leaveChatAction = formAction(async (_state: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> =>
  runAction(() => leaveChat({ ctx: publicCtx(), input: { token: String(form.get("token") ?? "") } }), en.answers.chatLeft),
);
