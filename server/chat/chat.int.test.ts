import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { createIncident, resolveIncident } from "@/server/incident";
import { InvalidLinkError, RateLimitError } from "@/server/subscriber/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { checkDiscord, checkGeneric, checkSlack, checkTeams } from "@/test/chat-shapes";
import { drainChat, makeChatChannel, startChatWorker } from "@/test/fixtures/chat";
import { waitUntil } from "@/test/fixtures/outbox";
import { makeComponents, uniqueLabel } from "@/test/fixtures/incident";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { WebhookReceiver } from "@/test/webhook-receiver";
import { messages } from "@/lib/i18n";
import { listNotifications } from "@/server/delivery/admin/progress";
import { confirmChat, createChatChannel, deleteChatChannel, enableChatChannel, leaveChat, listChatChannels, subscribeChat } from ".";

// Real receivers over HTTP, one path per format; bodies checked against each provider's documented shape.
let fresh: FreshDatabase;
const receiver = new WebhookReceiver();
let base = "";
let admin: Ctx;
let editor: Ctx;
let visitor: Ctx;

beforeAll(async () => {
  fresh = await freshDatabase("chat");
  base = await receiver.start();
  admin = await ctxAs(fresh.db, "admin");
  editor = await ctxAs(fresh.db, "editor");
  visitor = anonymousCtx(fresh.db);
}, 120_000);
afterAll(async () => {
  await receiver.stop();
  await fresh?.drop();
});

const CHECKS = { slack: checkSlack, teams: checkTeams, discord: checkDiscord, generic: checkGeneric } as const;
const bodies = (path: string) => receiver.at(path).map((r) => JSON.parse(r.body) as Record<string, unknown>);
const drain = () => drainChat(fresh.db, fresh.provider);

async function publish(componentIds: string[], title = uniqueLabel("Chat")) {
  return createIncident({
    ctx: editor,
    input: {
      title,
      impact: "major",
      components: componentIds.map((componentId) => ({ componentId, status: "major_outage" })),
      status: "investigating",
      body: "Requests to the API <!channel> fail for **some** customers. @everyone",
      publish: true,
      notify: true,
    },
  });
}

describe("chat channels hear what email hears", () => {
  it("posts each announcement once to every format, in the provider's own shape, with a link back", async () => {
    const [api] = await makeComponents(fresh.db, 1, "chat-api");
    for (const kind of ["slack", "teams", "discord", "generic"] as const) await makeChatChannel(admin, kind, `${base}/${kind}`);
    const title = uniqueLabel("Chat outage");
    const incident = await publish([api!.id], title);
    expect(await drain()).toBe(true);
    for (const kind of ["slack", "teams", "discord", "generic"] as const) {
      const received = bodies(`/${kind}`);
      expect(received, kind).toHaveLength(1);
      expect(CHECKS[kind](received[0]), kind).toEqual([]);
      const text = JSON.stringify(received[0]);
      expect(text).toContain(title);
      expect(text).toContain(`/incidents/${incident.slug}`);
      expect(receiver.at(`/${kind}`)[0]!.headers["content-type"]).toBe("application/json");
    }
    // Mentions in the operator's text reach nobody.
    expect(JSON.stringify(bodies("/slack")[0])).not.toContain("<!channel>");
    expect(bodies("/discord")[0]!.allowed_mentions).toEqual({ parse: [] });

    await resolveIncident({ ctx: editor, input: { incidentId: incident.id, notify: true } });
    expect(await drain()).toBe(true);
    const generic = bodies("/generic");
    expect(generic.map((b) => b.event)).toEqual(["incident_published", "incident_resolved"]);
    const log = (await listChatChannels({ ctx: admin })).find((c) => c.kind === "generic")!;
    expect(log.deliveries.map((d) => [d.event, d.state])).toEqual([
      ["incident_resolved", "sent"],
      ["incident_published", "sent"],
    ]);
    // The URL is a credential: only its host and last characters.
    expect(log.urlHint).toBe(`${base}/…eric`);
    // Chat has its own log: the email deliveries page (open to viewers) neither lists nor counts it.
    const viewer = await ctxAs(fresh.db, "viewer");
    const events = await listNotifications({ ctx: viewer, input: { take: 50 } });
    expect(events.some((e) => e.kind.startsWith("chat:"))).toBe(false);
    expect(JSON.stringify(events)).not.toContain(base);
  });

  it("hears only its components, and nothing announced without notify", async () => {
    const [web, db] = await makeComponents(fresh.db, 2, "chat-only");
    await makeChatChannel(admin, "generic", `${base}/only-web`, [web!.id]);
    await publish([db!.id]);
    await createIncident({
      ctx: editor,
      input: { title: uniqueLabel("Quiet"), components: [], body: "Not announced", publish: true, notify: false },
    });
    await publish([web!.id, db!.id]);
    expect(await drain()).toBe(true);
    expect(bodies("/only-web")).toHaveLength(1);
  });

  it("switches a channel off when the provider says it is gone (404), and on again by hand", async () => {
    receiver.script = [];
    const channel = await makeChatChannel(admin, "slack", `${base}/gone`);
    const before = receiver.fallback;
    receiver.fallback = 404;
    try {
      await publish([]);
      expect(await drain()).toBe(true);
    } finally {
      receiver.fallback = before;
    }
    const row = await fresh.db.chatChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.status).toBe("disabled");
    expect(row.disabledReason).toContain("HTTP 404");
    const failed = await fresh.db.delivery.findMany({ where: { chatChannelId: channel.id } });
    expect(failed.map((d) => [d.state, d.attempts])).toEqual([["failed", 1]]);
    // Disabled: the next announcement is not queued for it.
    await publish([]);
    expect(await fresh.db.delivery.count({ where: { chatChannelId: channel.id } })).toBe(1);
    expect(await enableChatChannel({ ctx: admin, input: { channelId: channel.id } })).toMatchObject({
      status: "active",
      disabledReason: null,
    });
    await publish([]);
    expect(await drain()).toBe(true);
    expect(receiver.at("/gone").filter((r) => r.status === 204)).toHaveLength(1);
  });

  it("refuses bad input with the field named and stores nothing; only admins add channels", async () => {
    const count = await fresh.db.chatChannel.count();
    const refused = async (input: Record<string, unknown>, field: string) => {
      const error = await createChatChannel({ ctx: admin, input: input as never, allowPrivate: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    };
    await refused({ kind: "irc", url: `${base}/x` }, "kind");
    await refused({ kind: "slack", url: "ftp://example.com/hook" }, "url");
    await refused({ kind: "slack", url: `${base}/x`, componentIds: ["missing"] }, "componentIds.0");
    const privateUrl = await createChatChannel({ ctx: admin, input: { kind: "slack", url: `${base}/x` } }).catch((e: unknown) => e);
    expect(privateUrl).toBeInstanceOf(ValidationError);
    await expect(makeChatChannel(editor, "slack", `${base}/x`)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fresh.db.chatChannel.count()).toBe(count);
  });

  it("removing a channel drops what was queued for it", async () => {
    const channel = await makeChatChannel(admin, "discord", `${base}/removed`);
    await publish([]);
    expect(await fresh.db.delivery.count({ where: { chatChannelId: channel.id, state: "queued" } })).toBe(1);
    await deleteChatChannel({ ctx: admin, input: { channelId: channel.id } });
    expect(await fresh.db.delivery.count({ where: { chatChannelId: channel.id } })).toBe(0);
    expect(await drain()).toBe(true);
    expect(receiver.at("/removed")).toHaveLength(0);
    const audit = await fresh.db.auditLog.findMany({ where: { entityId: channel.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["chat.create", "chat.delete"]);
    expect(JSON.stringify(audit)).not.toContain("/removed");
  });
});

describe("a visitor's channel", () => {
  const confirmLink = (body: Record<string, unknown>) => {
    const match = /\/chat\/confirm\/([\w.-]+)/.exec(JSON.stringify(body));
    return match?.[1] ?? "";
  };

  it("gets only a confirmation until confirmed from inside it, then the updates with a link to stop them", async () => {
    const url = `${base}/visitor`;
    const answer = await subscribeChat({
      ctx: visitor,
      input: { kind: "generic", url, componentIds: [] },
      ip: "198.51.100.7",
      allowPrivate: true,
    });
    await publish([]);
    expect(await drain()).toBe(true);
    const received = bodies("/visitor");
    expect(received.map((b) => b.event)).toEqual(["chat_confirm"]);
    expect(checkGeneric(received[0])).toEqual([]);
    const token = confirmLink(received[0]!);
    expect(token).not.toBe("");

    // Asking again for the same URL answers the same and sends a new link; the old one no longer works.
    const again = await subscribeChat({
      ctx: visitor,
      input: { kind: "generic", url, componentIds: [] },
      ip: "198.51.100.8",
      allowPrivate: true,
    });
    expect(again).toEqual(answer);
    expect(await drain()).toBe(true);
    const fresher = confirmLink(bodies("/visitor")[1]!);
    await expect(confirmChat({ ctx: visitor, input: { token } })).rejects.toBeInstanceOf(InvalidLinkError);
    expect(await confirmChat({ ctx: visitor, input: { token: fresher } })).toEqual({ kind: "generic" });
    await expect(confirmChat({ ctx: visitor, input: { token: fresher } })).rejects.toBeInstanceOf(InvalidLinkError);

    const title = uniqueLabel("After confirm");
    await publish([], title);
    expect(await drain()).toBe(true);
    const update = bodies("/visitor")[2]!;
    expect(update).toMatchObject({ event: "incident_published", title });
    const manage = /\/chat\/([\w.-]+)$/.exec(String(update.manageUrl))?.[1] ?? "";
    await expect(leaveChat({ ctx: visitor, input: { token: `${manage}x` } })).rejects.toBeInstanceOf(InvalidLinkError);
    await leaveChat({ ctx: visitor, input: { token: manage } });
    await publish([]);
    expect(await drain()).toBe(true);
    expect(bodies("/visitor")).toHaveLength(3);
  });

  it("an expired link does not confirm; a channel is asked at most three times a day", async () => {
    const url = `${base}/limited`;
    const ask = (ip: string) => subscribeChat({ ctx: visitor, input: { kind: "slack", url, componentIds: [] }, ip, allowPrivate: true });
    await ask("203.0.113.1");
    expect(await drain()).toBe(true);
    const token = /\/chat\/confirm\/([\w.-]+)/.exec(receiver.at("/limited")[0]!.body)?.[1] ?? "";
    await fresh.db.chatChannel.updateMany({ where: { url }, data: { confirmExpiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmChat({ ctx: visitor, input: { token } })).rejects.toThrow(/expired/);
    await ask("203.0.113.2");
    await ask("203.0.113.3");
    await expect(ask("203.0.113.4")).rejects.toBeInstanceOf(RateLimitError);
    expect(await fresh.db.chatChannel.count({ where: { url } })).toBe(1);
  });
});

describe("in the page's language", () => {
  it("a German page asks a channel in German and posts its announcements in German", async () => {
    await fresh.db.setting.upsert({ where: { id: "default" }, create: { id: "default", language: "de" }, update: { language: "de" } });
    try {
      const de = messages("de");
      await subscribeChat({
        ctx: visitor,
        input: { kind: "slack", url: `${base}/deutsch`, componentIds: [] },
        ip: "203.0.113.40",
        allowPrivate: true,
      });
      expect(await drain()).toBe(true);
      const ask = JSON.stringify(bodies("/deutsch")[0]);
      expect(ask).toContain(de.chat.messageConfirmStatus);
      expect(ask).toContain(de.chat.messageConfirmLink);
      const token = /\/chat\/confirm\/([\w.-]+)/.exec(ask)?.[1] ?? "";
      await confirmChat({ ctx: visitor, input: { token } });

      const [api] = await makeComponents(fresh.db, 1, "chat-de");
      await publish([api!.id]);
      expect(await drain()).toBe(true);
      const posted = JSON.stringify(bodies("/deutsch")[1]);
      expect(posted).toContain(de.incidentStatus.investigating);
      expect(posted).toContain(de.chat.messageAffected);
      expect(posted).toContain(de.chat.messageStop);
      expect(posted).not.toMatch(/Investigating|Affected|Stop these messages/);
    } finally {
      await fresh.db.setting.update({ where: { id: "default" }, data: { language: "en" } });
    }
  });
});

describe("a provider that rate-limits", () => {
  it("is not asked again before its Retry-After, then gets the message once", async () => {
    const channel = await makeChatChannel(admin, "slack", `${base}/busy`);
    const before = receiver.fallback;
    receiver.fallback = 429;
    receiver.errorHeaders = { "Retry-After": "120" };
    // The test worker retries after 50 ms; the provider asked for two minutes.
    const worker = startChatWorker(fresh.db, fresh.provider, { retryDelay: () => 50 });
    const mine = { chatChannelId: channel.id };
    try {
      await publish([]);
      const tried = await waitUntil(async () => (await fresh.db.delivery.count({ where: { ...mine, attempts: 1 } })) === 1, 30_000, 25);
      expect(tried).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await worker.stop();
      receiver.fallback = before;
      receiver.errorHeaders = {};
    }
    const [waiting] = await fresh.db.delivery.findMany({ where: mine });
    expect(waiting).toMatchObject({ state: "queued", attempts: 1 });
    expect(waiting!.lastError).toMatch(/^HTTP 429.*\(asked to retry after 120 s\)$/);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 100_000);
    expect(receiver.at("/busy")).toHaveLength(1);

    // Two minutes later (moved forward here), it goes out once.
    await fresh.db.delivery.updateMany({ where: { channel: "chat", state: "queued" }, data: { nextAttemptAt: new Date() } });
    expect(await drain()).toBe(true);
    expect(receiver.at("/busy").map((r) => r.status)).toEqual([429, 204]);
    expect(await fresh.db.delivery.findMany({ where: mine })).toMatchObject([{ state: "sent", attempts: 2 }]);
  });
});
