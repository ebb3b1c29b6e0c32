import type { ChatMessage } from "./message";

/** At most `max` characters (code points, so no emoji is cut in half), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** The message's affected components and window as short lines ("Affected: API, Web"). */
export function facts(message: Pick<ChatMessage, "components" | "window" | "words">): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  if (message.components.length) list.push([message.words.affected, message.components.join(", ")]);
  if (message.window) list.push([message.words.window, `${message.window.start} – ${message.window.end}`]);
  return list;
}
