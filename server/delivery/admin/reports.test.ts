import { describe, expect, it } from "vitest";
import { describeRetry } from "./reports";

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
