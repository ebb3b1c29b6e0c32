import { describe, expect, it } from "vitest";
import { apiMaintenance, apiSnapshot } from "@/test/fixtures/snapshot";
import { findPublicMaintenance } from "./find-maintenance";

describe("findPublicMaintenance", () => {
  const snapshot = apiSnapshot();
  snapshot.maintenance = {
    active: [apiMaintenance({ id: "m-run", slug: "running", status: "in_progress" })],
    upcoming: [apiMaintenance({ id: "m-next", slug: "next" })],
    past: [apiMaintenance({ id: "m-old", slug: "old", status: "completed" })],
  };

  it("finds upcoming, running and recent completed maintenance by slug or id", () => {
    expect(findPublicMaintenance(snapshot, "running")?.id).toBe("m-run");
    expect(findPublicMaintenance(snapshot, "m-next")?.slug).toBe("next");
    expect(findPublicMaintenance(snapshot, "old")?.status).toBe("completed");
  });

  it("knows nothing else", () => {
    expect(findPublicMaintenance(snapshot, "no-such-maintenance")).toBeNull();
    expect(findPublicMaintenance(snapshot, "")).toBeNull();
  });
});
