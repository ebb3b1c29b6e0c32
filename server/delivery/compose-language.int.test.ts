import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { composeConfirmation, composeNotification } from "./compose";

// Settings → Language reaches the emails: subject, labels, dates, the frame and <html lang>.
let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("language");
});
afterAll(async () => {
  await fresh.drop();
});

describe("emails in the page's language", () => {
  it("are English by default and German once the page is", async () => {
    const { db } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, 1, { prefix: "lang", componentIds: [component.id] });
    const subscriber = await db.subscriber.findFirstOrThrow({ where: { email: "lang-0@example.test" } });
    const notificationId = await publishIncident(db, [component.id], "Elevated errors");

    const english = await composeNotification(db, notificationId);
    expect(english.subject).toContain("Incident: Elevated errors");
    expect(english.html).toContain('lang="en"');
    expect(english.text).toContain("You receive this because you subscribed to updates from");

    await db.setting.upsert({ where: { id: "default" }, create: { id: "default", language: "de" }, update: { language: "de" } });
    const german = await composeNotification(db, notificationId);
    expect(german.subject).toContain("Störung: Elevated errors");
    expect(german.html).toContain('lang="de"');
    expect(german.html).toContain("Störung ansehen");
    expect(german.text).toContain("Sie erhalten diese E-Mail, weil Sie Updates von");
    expect(german.text).toContain("Abbestellen: ");
    expect(german.text).toContain("Betroffen: API");

    await db.subscriber.update({
      where: { id: subscriber.id },
      data: { confirmNonce: "n", confirmExpiresAt: new Date(Date.now() + 60_000) },
    });
    const confirmation = await composeConfirmation(db, subscriber.id);
    expect(confirmation.subject).toMatch(/^Bestätigen Sie Ihr Abonnement von /);
    expect(confirmation.text).toContain("läuft in 48 Stunden ab");
  });
});
