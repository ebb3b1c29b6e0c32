import type { ChatMessage } from "./message";
import { TONE_COLOR } from "./message";
import { facts, truncate } from "./text";

// Slack treats &, < and > as control characters in message text: `<!channel>` mentions everyone
// and `<https://x|label>` is a link. Escaped as Slack's formatting guide asks for every text it is
// sent (it shows the entities as the characters), operator text is only text.
const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const mrkdwn = escape;
const plain = (text: string, max: number) => ({ type: "plain_text", text: truncate(escape(text), max), emoji: true });

/**
 * Block Kit for an incoming webhook (https://api.slack.com/messaging/webhooks): header, status and
 * body, affected components, a button back to the page. The blocks sit in one attachment so the
 * message gets the tone's colour bar; `text` is the notification and screen-reader fallback.
 * Limits: header 150, section 3000, context element 2000, button 75 (text) and 3000 (URL).
 */
export function slackBody(message: ChatMessage): Record<string, unknown> {
  const body = message.text.trim();
  const section = `*${mrkdwn(message.status)}*${body ? `\n${mrkdwn(body)}` : ""}`;
  const context = facts(message).map(([name, value]) => ({ type: "mrkdwn", text: truncate(`*${name}:* ${mrkdwn(value)}`, 2000) }));
  if (message.manageUrl) context.push({ type: "mrkdwn", text: `<${message.manageUrl}|${escape(message.words.stop)}>` });
  const blocks: Array<Record<string, unknown>> = [
    { type: "header", text: plain(`${message.label}: ${message.title}`, 150) },
    { type: "section", text: { type: "mrkdwn", text: truncate(section, 3000) } },
  ];
  if (context.length) blocks.push({ type: "context", elements: context });
  blocks.push({
    type: "actions",
    elements: [{ type: "button", text: plain(message.linkLabel, 75), url: message.url, action_id: "open" }],
  });
  return {
    text: truncate(escape(`${message.label}: ${message.title} (${message.status})`), 3000),
    attachments: [{ color: TONE_COLOR[message.tone], blocks }],
  };
}
