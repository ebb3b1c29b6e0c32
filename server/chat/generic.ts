import type { ChatMessage } from "./message";

/** Our own JSON for any receiver (documented in the README): every field of the message, version 1. */
export function genericBody(message: ChatMessage): Record<string, unknown> {
  return {
    version: 1,
    event: message.event,
    label: message.label,
    title: message.title,
    status: message.status,
    text: message.text,
    components: message.components,
    window: message.window,
    url: message.url,
    at: message.at.toISOString(),
    page: message.pageName,
    ...(message.manageUrl ? { manageUrl: message.manageUrl } : {}),
  };
}
