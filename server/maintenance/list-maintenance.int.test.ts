import { describe, expect, it } from "vitest";
import { UnauthorizedError } from "@/server/errors";
import { anonymousCtx, ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { listMaintenance } from "./list-maintenance";
import { makeMaintenance } from "@/test/fixtures/maintenance";

describe("listMaintenance", () => {
  it("sorts maintenance into in progress, upcoming and past (completed or cancelled)", async () => {
    const db = testDb();
    const [scheduled, running, verifying, completed, cancelled] = [
      await makeMaintenance(db),
      await makeMaintenance(db, { status: "in_progress" }),
      await makeMaintenance(db, { status: "verifying" }),
      await makeMaintenance(db, { status: "completed" }),
      await makeMaintenance(db),
    ];
    await db.maintenance.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const lists = await listMaintenance({ ctx: await ctxAs(db, "viewer") });
    const where = (id: string) => (["active", "upcoming", "past"] as const).filter((key) => lists[key].some((m) => m.id === id));
    expect(where(scheduled.id)).toEqual(["upcoming"]);
    expect(where(running.id)).toEqual(["active"]);
    expect(where(verifying.id)).toEqual(["active"]);
    expect(where(completed.id)).toEqual(["past"]);
    expect(where(cancelled.id)).toEqual(["past"]);
    expect(lists.upcoming.find((m) => m.id === scheduled.id)?.components).toHaveLength(1);
  });

  it("is not readable anonymously", async () => {
    await expect(listMaintenance({ ctx: anonymousCtx(testDb()) })).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
