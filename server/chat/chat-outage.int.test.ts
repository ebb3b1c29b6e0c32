import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIncident } from "@/server/incident";
import { retryDelayMs } from "@/server/delivery/retry-policy";
import { ctxAs } from "@/test/actors";
import { checkSlack } from "@/test/chat-shapes";
import { makeChatChannel, startChatWorker } from "@/test/fixtures/chat";
import { uniqueLabel } from "@/test/fixtures/incident";
import { waitUntil } from "@/test/fixtures/outbox";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { WebhookReceiver } from "@/test/webhook-receiver";

let fresh: FreshDatabase;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  fresh = await freshDatabase("chat-outage");
}, 120_000);
afterAll(async () => {
  await receiver.stop();
  await fresh?.drop();
});

const DOWN_MS = 60_000;

describe("a chat receiver down for a minute", () => {
  it("gets everything announced meanwhile once it is back, each message once", async () => {
    const { db, provider } = fresh;
    const admin = await ctxAs(db, "admin");
    const editor = await ctxAs(db, "editor");
    const url = await receiver.start();
    const port = Number(new URL(url).port);
    await makeChatChannel(admin, "slack", `${url}/hook`);
    await receiver.stop();
    // The real backoff schedule, twenty times faster: 1.5 s, 3 s, 6 s, … as the attempts fail.
    const worker = startChatWorker(db, provider, { retryDelay: (attempts) => retryDelayMs(attempts) / 20 });
    const titles: string[] = [];
    const started = Date.now();
    try {
      // Three announcements spread over the outage (connections refused the whole time).
      for (const at of [0, 20_000, 40_000]) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + at - Date.now())));
        const title = uniqueLabel(`Outage ${at / 1000}s`);
        titles.push(title);
        await createIncident({
          ctx: editor,
          input: { title, components: [], body: "Down", status: "investigating", publish: true, notify: true },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + DOWN_MS - Date.now())));
      const tried = await db.delivery.findMany({ where: { channel: "chat" } });
      expect(tried.every((d) => d.state === "queued" && d.attempts >= 1 && d.lastError?.includes("ECONNREFUSED"))).toBe(true);
      await receiver.start(port);
      const done = await waitUntil(async () => (await db.delivery.count({ where: { channel: "chat", state: "sent" } })) === 3, 90_000, 200);
      expect(done).toBe(true);
    } finally {
      await worker.stop();
    }
    const received = receiver.at("/hook").map((r) => JSON.parse(r.body) as { text: string });
    expect(received).toHaveLength(3);
    for (const body of received) expect(checkSlack(body)).toEqual([]);
    expect(titles.map((title) => received.filter((b) => b.text.includes(title)).length)).toEqual([1, 1, 1]);
  }, 240_000);
});
