import { describe, expect, it } from "vitest";
import { describePause } from "./job-classes";

describe("describePause", () => {
  it("says whether the switch moved and how much mail waits", () => {
    const email = { jobClass: "email" as const, reason: null };
    expect(describePause({ ...email, paused: true, changed: true, waiting: 12 })).toBe(
      "Delivery paused: workers claim nothing until you resume; 12 queued emails wait.",
    );
    expect(describePause({ ...email, paused: false, changed: true, waiting: 1 })).toBe(
      "Delivery resumed: workers are sending again; 1 queued email to go out.",
    );
    expect(describePause({ ...email, paused: true, changed: false, reason: "SMTP provider", waiting: 3 })).toBe(
      "Delivery was already paused; nothing changed. Reason: SMTP provider.",
    );
    expect(describePause({ ...email, paused: false, changed: false, waiting: 0 })).toBe("Delivery was already running; nothing changed.");
  });

  it("names each job class's own work", () => {
    expect(describePause({ jobClass: "maintenance", paused: true, changed: true, reason: null, waiting: 1 })).toBe(
      "Maintenance automation paused: workers claim nothing until you resume; 1 due transition waits.",
    );
    expect(describePause({ jobClass: "import", paused: false, changed: true, reason: null, waiting: 2 })).toBe(
      "Subscriber import resumed: workers are importing again; 2 imports to run.",
    );
    expect(describePause({ jobClass: "webhook", paused: true, changed: true, reason: null, waiting: 0 })).toBe(
      "Webhook delivery paused: workers claim nothing until you resume; 0 queued webhook deliveries wait.",
    );
  });
});
