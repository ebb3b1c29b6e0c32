import type { ChatMessage, ChatTone } from "./message";
import { facts, truncate } from "./text";

// Adaptive Card TextBlocks render a Markdown subset (bold, italic, lists, [links](url)): escaping
// its emphasis and link characters keeps operator and alert text literal.
const literal = (text: string) => text.replace(/([\\*_[\]])/g, "\\$1");

const STATUS_COLOR: Record<ChatTone, string> = {
  critical: "Attention",
  major: "Attention",
  minor: "Warning",
  maintenance: "Accent",
  resolved: "Good",
  info: "Default",
};

/**
 * An Adaptive Card (1.4) in a message, as Teams incoming webhooks and Workflows take it
 * (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using):
 * title, status, body, a FactSet of components and window, and an OpenUrl action back to the page.
 */
export function teamsBody(message: ChatMessage): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [
    { type: "TextBlock", text: literal(truncate(message.title, 200)), size: "Large", weight: "Bolder", wrap: true },
    {
      type: "TextBlock",
      text: literal(`${message.label} · ${message.status}`),
      color: STATUS_COLOR[message.tone],
      weight: "Bolder",
      wrap: true,
      spacing: "Small",
    },
  ];
  if (message.text.trim()) body.push({ type: "TextBlock", text: literal(truncate(message.text.trim(), 4000)), wrap: true });
  const list = facts(message);
  if (list.length) body.push({ type: "FactSet", facts: list.map(([title, value]) => ({ title, value: literal(value) })) });
  const actions: Array<Record<string, unknown>> = [{ type: "Action.OpenUrl", title: truncate(message.linkLabel, 75), url: message.url }];
  if (message.manageUrl) actions.push({ type: "Action.OpenUrl", title: message.words.stop, url: message.manageUrl });
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: { $schema: "http://adaptivecards.io/schemas/adaptive-card.json", type: "AdaptiveCard", version: "1.4", body, actions },
      },
    ],
  };
}
