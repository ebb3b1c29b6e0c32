"use server";

import { formToObject } from "@/lib/form-data";
import { formAction, type ActionResult } from "@/server/action-result";
import { createChatChannel, deleteChatChannel, enableChatChannel } from "@/server/chat";
import { consoleAction } from "../console-action";

// Thin adapters; the verbs authorize and validate what the forms send.
const { settle } = consoleAction("/admin/chat");

export const createChatChannelAction = formAction(
  async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const input = formToObject(form, { arrays: ["componentIds"] });
    return settle((ctx) => createChatChannel({ ctx, input }), "Channel added");
  },
);

export const deleteChatChannelAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> =>
  settle((ctx) => deleteChatChannel({ ctx, input: formToObject(form) }), "Channel removed"),
);

export const enableChatChannelAction = formAction(async (_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> =>
  settle((ctx) => enableChatChannel({ ctx, input: formToObject(form) }), "Channel switched on"),
);
