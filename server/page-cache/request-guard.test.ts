import { describe, expect, it } from "vitest";
import { drainable, refuseRequest } from "./request-guard";

const status = (method: string, path: string, headers: Record<string, string> = {}) => refuseRequest(method, path, headers)?.status ?? "ok";

describe("refuseRequest", () => {
  it("lets ordinary requests through", () => {
    expect(status("GET", "/")).toBe("ok");
    expect(status("POST", "/api/auth/sign-in/email", { "content-length": "80", "content-type": "application/json" })).toBe("ok");
    expect(
      status("POST", "/admin/incidents", {
        "content-length": "900",
        "content-type": "multipart/form-data; boundary=----x",
        "next-action": "abc",
        origin: "http://status.test",
        host: "status.test",
      }),
    ).toBe("ok");
  });

  it("refuses methods the app has no use for", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "BREW"]) expect(status(method, "/")).toBe(405);
  });

  it("judges bodies by their declared length, per address, before reading them", () => {
    expect(status("POST", "/api/auth/sign-in/email", { "content-length": String(100 * 1024 * 1024) })).toBe(413);
    expect(status("POST", "/api/auth/sign-in/email", { "content-length": String(65 * 1024) })).toBe(413);
    expect(status("POST", "/admin/incidents", { "content-length": String(2 * 1024 * 1024) })).toBe(413);
    expect(status("POST", "/api/admin/v1/subscribers/import", { "content-length": String(20 * 1024 * 1024) })).toBe("ok");
    expect(status("POST", "/admin/subscribers/import", { "content-length": String(65 * 1024 * 1024) })).toBe(413);
    expect(status("POST", "/api/admin/v1/incidents", { "transfer-encoding": "chunked" })).toBe(411);
    expect(status("POST", "/api/admin/v1/incidents", { "content-length": "12abc" })).toBe(400);
    // A GET has no use for a body either, but one is judged the same way.
    expect(status("GET", "/", { "content-length": String(2 * 1024 * 1024) })).toBe(413);
    expect(status("GET", "/", { "transfer-encoding": "chunked" })).toBe(411);
    expect(status("GET", "/", { "content-length": "10" })).toBe("ok");
  });

  it("refuses multipart without a boundary and server actions from other sites", () => {
    expect(status("POST", "/subscribe", { "content-length": "10", "content-type": "multipart/form-data" })).toBe(400);
    const action = { "content-length": "10", "next-action": "abc", host: "status.test" };
    expect(status("POST", "/subscribe", { ...action, origin: "https://evil.test" })).toBe(403);
    expect(status("POST", "/subscribe", action)).toBe(403);
    expect(status("POST", "/subscribe", { ...action, origin: "not a url" })).toBe(403);
    expect(status("POST", "/subscribe", { ...action, origin: "https://status.test" })).toBe("ok");
  });

  it("refuses a path whose percent-escapes do not decode (Next failed on it with a 500)", () => {
    for (const path of ["/incidents/%", "/maintenance/%ff%fe", "/subscription/%c0%ae", "/api/unsubscribe/%", "/x/%ed%a0%80"])
      expect(status("GET", path), path).toBe(400);
    expect(status("GET", "/incidents/%E2%9C%93-api-down")).toBe("ok");
  });

  it("refuses a post to a page from another origin, or from one that is not a URL, with or without the action header", () => {
    const form = { "content-length": "10", "content-type": "multipart/form-data; boundary=x", host: "status.test" };
    for (const origin of ["https://evil.test", "null", "http://[::1", "http://status.test.evil.test"])
      expect(status("POST", "/admin/components", { ...form, origin }), origin).toBe(403);
    expect(status("POST", "/admin/components", { ...form, origin: "http://status.test" })).toBe("ok");
    // A client that names no origin (curl) reaches Next, which lets it through; the API judges origins itself.
    expect(status("POST", "/admin/components", form)).toBe("ok");
    expect(status("POST", "/api/auth/sign-in/email", { ...form, "content-type": "application/json", origin: "https://evil.test" })).toBe(
      "ok",
    );
  });
});

describe("drainable", () => {
  it("reads and drops a refused body only when its declared length is within the address's limit", () => {
    expect(drainable("/", {})).toBe(true);
    expect(drainable("/", { "content-length": "500000" })).toBe(true);
    expect(drainable("/", { "content-length": String(2 * 1024 * 1024) })).toBe(false);
    expect(drainable("/api/auth/sign-in/email", { "content-length": String(65 * 1024) })).toBe(false);
    expect(drainable("/", { "transfer-encoding": "chunked" })).toBe(false);
    expect(drainable("/", { "content-length": "12abc" })).toBe(false);
  });
});
