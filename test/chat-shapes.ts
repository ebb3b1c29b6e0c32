import { z } from "zod";

// Each provider's incoming-webhook body as its documentation describes it, written from the docs
// (not from our formatters) so a test fails when we send something the provider would refuse.
// Each check answers a list of problems; empty means the body is valid.

const len = (max: number) =>
  z
    .string()
    .min(1)
    .refine((s) => Array.from(s).length <= max, `longer than ${max} characters`);
const httpUrl = z
  .string()
  .max(3000)
  .regex(/^https?:\/\//, "not an http(s) URL");

// Slack Block Kit (api.slack.com/reference/block-kit): text objects, and the blocks we may send.
const SlackPlain = z.strictObject({ type: z.literal("plain_text"), text: len(3000), emoji: z.boolean().optional() });
const SlackMrkdwn = z.strictObject({ type: z.literal("mrkdwn"), text: len(3000), verbatim: z.boolean().optional() });
const SlackBlock = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("header"), text: SlackPlain.extend({ text: len(150) }), block_id: z.string().optional() }),
  z.strictObject({ type: z.literal("section"), text: z.union([SlackPlain, SlackMrkdwn]), block_id: z.string().optional() }),
  z.strictObject({
    type: z.literal("context"),
    elements: z
      .array(z.union([SlackPlain.extend({ text: len(2000) }), SlackMrkdwn.extend({ text: len(2000) })]))
      .min(1)
      .max(10),
  }),
  z.strictObject({
    type: z.literal("actions"),
    elements: z
      .array(
        z.strictObject({
          type: z.literal("button"),
          text: SlackPlain.extend({ text: len(75) }),
          url: httpUrl,
          action_id: len(255).optional(),
        }),
      )
      .min(1)
      .max(25),
  }),
  z.strictObject({ type: z.literal("divider") }),
]);
const SlackBody = z
  .strictObject({
    text: z.string().max(40_000),
    blocks: z.array(SlackBlock).max(50).optional(),
    attachments: z
      .array(z.strictObject({ color: z.string().regex(/^#[0-9A-Fa-f]{6}$/), blocks: z.array(SlackBlock).max(50) }))
      .max(20)
      .optional(),
  })
  .refine((b) => b.text.length > 0, "a top-level text is needed for notifications");

// Microsoft Teams: a message with one Adaptive Card attachment (schema 1.4 elements we use).
const TextBlock = z.strictObject({
  type: z.literal("TextBlock"),
  text: z.string(),
  wrap: z.boolean().optional(),
  size: z.enum(["Small", "Default", "Medium", "Large", "ExtraLarge"]).optional(),
  weight: z.enum(["Lighter", "Default", "Bolder"]).optional(),
  color: z.enum(["Default", "Dark", "Light", "Accent", "Good", "Warning", "Attention"]).optional(),
  spacing: z.enum(["None", "Small", "Default", "Medium", "Large", "ExtraLarge", "Padding"]).optional(),
});
const FactSet = z.strictObject({
  type: z.literal("FactSet"),
  facts: z.array(z.strictObject({ title: z.string(), value: z.string() })).min(1),
});
const TeamsBody = z.strictObject({
  type: z.literal("message"),
  attachments: z
    .array(
      z.strictObject({
        contentType: z.literal("application/vnd.microsoft.card.adaptive"),
        contentUrl: z.null().optional(),
        content: z.strictObject({
          $schema: z.literal("http://adaptivecards.io/schemas/adaptive-card.json"),
          type: z.literal("AdaptiveCard"),
          version: z.enum(["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"]),
          body: z.array(z.discriminatedUnion("type", [TextBlock, FactSet])).min(1),
          actions: z.array(z.strictObject({ type: z.literal("Action.OpenUrl"), title: z.string(), url: httpUrl })).optional(),
        }),
      }),
    )
    .length(1),
});

// Discord execute webhook: content or embeds; embed limits from the docs (discord.com/developers/docs/resources/message#embed-object-embed-limits).
const DiscordEmbed = z
  .strictObject({
    title: len(256).optional(),
    url: httpUrl.optional(),
    description: len(4096).optional(),
    color: z.number().int().min(0).max(0xffffff).optional(),
    timestamp: z.iso.datetime().optional(),
    footer: z.strictObject({ text: len(2048) }).optional(),
    fields: z
      .array(z.strictObject({ name: len(256), value: len(1024), inline: z.boolean().optional() }))
      .max(25)
      .optional(),
  })
  .refine((e) => {
    const total = [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join("");
    return Array.from(total).length <= 6000;
  }, "the embed's text is longer than 6000 characters");
const DiscordBody = z
  .strictObject({
    content: z.string().max(2000).optional(),
    username: len(80).optional(),
    embeds: z.array(DiscordEmbed).max(10).optional(),
    allowed_mentions: z.strictObject({ parse: z.array(z.enum(["roles", "users", "everyone"])) }).optional(),
  })
  .refine((b) => Boolean(b.content) || (b.embeds?.length ?? 0) > 0, "needs content or an embed");

// Ours, as the README documents it.
const GenericBody = z.strictObject({
  version: z.literal(1),
  event: z.string().min(1),
  label: z.string().min(1),
  title: z.string().min(1),
  status: z.string(),
  text: z.string(),
  components: z.array(z.string()),
  window: z.strictObject({ start: z.string(), end: z.string() }).nullable(),
  url: httpUrl,
  at: z.iso.datetime(),
  page: z.string().min(1),
  manageUrl: httpUrl.optional(),
});

const problems = (schema: z.ZodType) => (body: unknown) => {
  const result = schema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`);
};

export const checkSlack = problems(SlackBody);
export const checkTeams = problems(TeamsBody);
export const checkDiscord = problems(DiscordBody);
export const checkGeneric = problems(GenericBody);
