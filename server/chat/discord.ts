import type { ChatMessage } from "./message";
import { TONE_COLOR } from "./message";
import { facts, truncate } from "./text";

/**
 * An embed for Discord's execute-webhook endpoint (https://discord.com/developers/docs/resources/webhook):
 * title linking back to the page, the body as description, components and window as fields, the
 * tone's colour. `allowed_mentions: { parse: [] }` keeps "@everyone" or a role mention in operator
 * text from pinging anyone. Limits: title 256, description 4096, field 256/1024, whole embed 6000.
 */
// Discord refuses (400) a webhook username containing these, on every post: then the webhook's own name shows.
const REFUSED_NAME = /discord|clyde|everyone|here|[@#:]|```/i;

export function discordBody(message: ChatMessage): Record<string, unknown> {
  const fields = facts(message).map(([name, value]) => ({ name, value: truncate(value, 1024), inline: false }));
  const links = `[${message.linkLabel}](${message.url})${message.manageUrl ? ` · [${message.words.stop}](${message.manageUrl})` : ""}`;
  fields.push({ name: "Links", value: truncate(links, 1024), inline: false });
  const status = `**${message.label} · ${message.status}**`;
  const text = message.text.trim();
  // What the fixed parts leave of the 6000 characters goes to the description.
  const used = [message.title, message.pageName, ...fields.flatMap((f) => [f.name, f.value])].join("").length;
  const room = Math.min(4096, 6000 - used - 10);
  return {
    ...(REFUSED_NAME.test(message.pageName) ? {} : { username: truncate(message.pageName, 80) }),
    embeds: [
      {
        title: truncate(message.title, 256),
        url: message.url,
        description: truncate(text ? `${status}\n${text}` : status, Math.max(100, room)),
        color: Number.parseInt(TONE_COLOR[message.tone].slice(1), 16),
        fields,
        timestamp: message.at.toISOString(),
        footer: { text: truncate(message.pageName, 2048) },
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
