import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSubscribers, publishIncident } from "@/test/fixtures/outbox";
import { freshDatabase, type FreshDatabase } from "@/test/fresh-db";
import { composeConfirmation, composeNotification } from "./compose";

// Settings → Branding reaches the emails: the logo (made absolute) beside the page name, the accent on buttons.
let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase("brand");
});
afterAll(async () => {
  await fresh.drop();
});

describe("branded emails", () => {
  it("carry the default look with no branding, and the page's logo and accent once set", async () => {
    const { db } = fresh;
    const component = await db.component.create({ data: { name: "API" } });
    await makeSubscribers(db, 1, { prefix: "brand", componentIds: [component.id] });
    const subscriber = await db.subscriber.findFirstOrThrow({ where: { email: "brand-0@example.test" } });
    const notificationId = await publishIncident(db, [component.id], "Elevated errors");

    const plain = await composeNotification(db, notificationId);
    expect(plain.html).toContain("background-color:#111827");
    expect(plain.html).not.toContain("<img");

    await db.setting.upsert({
      where: { id: "default" },
      create: { id: "default", publicUrl: "https://status.acme.example", logoUrl: "/logo.png", accentColor: "#1d4ed8" },
      update: { publicUrl: "https://status.acme.example", logoUrl: "/logo.png", accentColor: "#1d4ed8" },
    });
    const branded = await composeNotification(db, notificationId);
    expect(branded.html).toContain("background-color:#1d4ed8");
    expect(branded.html).not.toContain("#111827;color:#ffffff");
    expect(branded.html).toContain('src="https://status.acme.example/logo.png"');

    await db.subscriber.update({
      where: { id: subscriber.id },
      data: { confirmNonce: "n", confirmExpiresAt: new Date(Date.now() + 60_000) },
    });
    const confirmation = await composeConfirmation(db, subscriber.id);
    expect(confirmation.html).toContain("background-color:#1d4ed8");
    expect(confirmation.html).toContain('src="https://status.acme.example/logo.png"');
  });
});
