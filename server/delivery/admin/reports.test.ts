import { describe, expect, it } from "vitest";
import { describePause, describeRetry } from "./reports";

describe("describeRetry", () => {
  it("says how many rows it actually queued again, 0 included", () => {
    expect(describeRetry({ requeued: 5, notRetried: 0 })).toBe("5 deliveries queued again.");
    expect(describeRetry({ requeued: 1, notRetried: 0 })).toBe("1 delivery queued again.");
    expect(describeRetry({ requeued: 0, notRetried: 0 })).toBe("Nothing was queued again (0 deliveries).");
    expect(describeRetry({ requeued: 0, notRetried: 5 })).toBe(
      "Nothing was queued again (0 deliveries). 5 deliveries left alone: the subscriber unsubscribed, bounced or was removed.",
    );
  });
});

describe("describePause", () => {
  it("says whether the switch moved and how much mail waits", () => {
    expect(describePause({ paused: true, changed: true, reason: null, waiting: 12 })).toBe(
      "Delivery paused: workers claim nothing until you resume; 12 queued emails wait.",
    );
    expect(describePause({ paused: false, changed: true, reason: null, waiting: 1 })).toBe(
      "Delivery resumed: workers are sending again; 1 queued email to go out.",
    );
    expect(describePause({ paused: true, changed: false, reason: "SMTP provider", waiting: 3 })).toBe(
      "Delivery was already paused; nothing changed. Reason: SMTP provider.",
    );
    expect(describePause({ paused: false, changed: false, reason: null, waiting: 0 })).toBe(
      "Delivery was already running; nothing changed.",
    );
  });
});
