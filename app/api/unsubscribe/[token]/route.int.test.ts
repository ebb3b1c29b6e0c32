import { describe, expect, it } from "vitest";
import { addSubscriber } from "@/server/subscriber";
import { uniqueEmail } from "@/test/fixtures/subscriber";
import { ctxAs } from "@/test/actors";
import { testDb } from "@/test/db";
import { GET, POST } from "./route";
import { manageTokenFor } from "@/server/subscriber/tokens";

const oneClick = (token: string) =>
  POST(
    new Request(`http://localhost/api/unsubscribe/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
    { params: Promise.resolve({ token }) },
  );

describe("one-click unsubscribe endpoint", () => {
  it("unsubscribes on POST with 200 plain text, no cookie, no redirect; again is the same", async () => {
    const db = testDb();
    const email = uniqueEmail("oneclick");
    const { id } = await addSubscriber({ ctx: await ctxAs(db, "admin"), input: { email } });
    const manageToken = manageTokenFor(await db.subscriber.findUniqueOrThrow({ where: { id } }));
    for (let i = 0; i < 2; i++) {
      const response = await oneClick(manageToken);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("location")).toBeNull();
      expect(await response.text()).toBe("You are unsubscribed.\n");
    }
    expect(await db.subscriber.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "unsubscribed" });
  });

  it("answers 404 for an unknown token", async () => {
    const response = await oneClick("no-such-token");
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Unknown unsubscribe link.\n");
  });

  it("sends a GET to the page that asks first, changing nothing", async () => {
    const db = testDb();
    const { id } = await addSubscriber({ ctx: await ctxAs(db, "admin"), input: { email: uniqueEmail("get") } });
    const manageToken = manageTokenFor(await db.subscriber.findUniqueOrThrow({ where: { id } }));
    const response = await GET(new Request(`http://localhost/api/unsubscribe/${manageToken}`), {
      params: Promise.resolve({ token: manageToken }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe/${manageToken}`);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id } })).status).toBe("active");
  });
});
