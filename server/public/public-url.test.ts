import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { publicBaseUrl, resolvePublicUrl } from "./public-url";
import type { PublicSnapshot } from "./snapshot-types";

const saved = { PUBLIC_URL: env.PUBLIC_URL, baseUrl: env.baseUrl };
afterEach(() => Object.assign(env, saved));

describe("resolvePublicUrl", () => {
  it("uses the console's setting when PUBLIC_URL is unset, else http://localhost:PORT", () => {
    Object.assign(env, { PUBLIC_URL: undefined, baseUrl: "http://localhost:3000" });
    expect(resolvePublicUrl("https://status.acme.example/")).toBe("https://status.acme.example");
    expect(resolvePublicUrl("")).toBe("http://localhost:3000");
    expect(resolvePublicUrl(null)).toBe("http://localhost:3000");
  });

  it("lets PUBLIC_URL win over the setting, so every link matches where sign-in works", () => {
    Object.assign(env, { PUBLIC_URL: "https://status.example.com/", baseUrl: "https://status.example.com" });
    expect(resolvePublicUrl("http://localhost:3000")).toBe("https://status.example.com");
  });
});

describe("publicBaseUrl", () => {
  const snapshot = (url: string) => ({ page: { url } }) as PublicSnapshot;

  it("is the base the snapshot was built with, and the fallback for a snapshot from before it had one", () => {
    Object.assign(env, { PUBLIC_URL: undefined, baseUrl: "http://localhost:3000" });
    expect(publicBaseUrl(snapshot("https://status.acme.example/"))).toBe("https://status.acme.example");
    expect(publicBaseUrl(snapshot(""))).toBe("http://localhost:3000");
  });
});
