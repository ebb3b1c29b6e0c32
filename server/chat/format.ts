import { discordBody } from "./discord";
import { genericBody } from "./generic";
import type { ChatKind, ChatMessage } from "./message";
import { slackBody } from "./slack";
import { teamsBody } from "./teams";

const FORMATS: Record<ChatKind, (message: ChatMessage) => Record<string, unknown>> = {
  slack: slackBody,
  teams: teamsBody,
  discord: discordBody,
  generic: genericBody,
};

/** The JSON body a channel of `kind` is posted: each provider's native shape. */
export function formatChat(kind: ChatKind, message: ChatMessage): Record<string, unknown> {
  return FORMATS[kind](message);
}
