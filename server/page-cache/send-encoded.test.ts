import { describe, expect, it } from "vitest";
import { encodeResponse } from "./encoded-response";
import { etagMatches, pickVariant } from "./send-encoded";

const html = (body: string) => ({
  status: 200,
  headers: [
    ["content-type", "text/html; charset=utf-8"],
    ["cache-control", "public, max-age=0"],
  ] as Array<[string, string]>,
  body: Buffer.from(body),
});

describe("encodeResponse", () => {
  it("keeps identity, gzip and brotli with an ETag each and the lengths in the headers", async () => {
    const response = await encodeResponse(html("<p>operational</p>".repeat(200)));
    const variants = [response.identity, response.gzip!, response.br!];
    expect(new Set(variants.map((v) => v.etag)).size).toBe(3);
    for (const v of variants) {
      const headers = Object.fromEntries(
        v.headers.reduce<string[][]>((pairs, x, i) => (i % 2 ? pairs : [...pairs, [x, v.headers[i + 1]!]]), []),
      );
      expect(headers["content-length"]).toBe(String(v.body.length));
      expect(headers.etag).toBe(v.etag);
      expect(headers.vary).toBe("Accept-Encoding");
    }
    expect(response.br!.body.length).toBeLessThan(response.identity.body.length / 10);
    expect(response.bytes).toBe(variants.reduce((sum, v) => sum + v.body.length, 0));
  });

  it("does not compress tiny or binary bodies", async () => {
    const tiny = await encodeResponse(html("ok"));
    expect([tiny.gzip, tiny.br]).toEqual([null, null]);
    const png = await encodeResponse({ status: 200, headers: [["content-type", "image/png"]], body: Buffer.alloc(5000) });
    expect([png.gzip, png.br]).toEqual([null, null]);
  });
});

describe("pickVariant", () => {
  it("prefers brotli, then gzip, honouring q=0", async () => {
    const response = await encodeResponse(html("x".repeat(5000)));
    expect(pickVariant(response, "gzip, deflate, br, zstd")).toBe(response.br);
    expect(pickVariant(response, "gzip")).toBe(response.gzip);
    expect(pickVariant(response, "br;q=0, gzip")).toBe(response.gzip);
    expect(pickVariant(response, "gzip;q=0")).toBe(response.identity);
    expect(pickVariant(response, "*")).toBe(response.br);
    expect(pickVariant(response, undefined)).toBe(response.identity);
    expect(pickVariant(response, "identity")).toBe(response.identity);
  });
});

describe("etagMatches", () => {
  it("uses the weak comparison of If-None-Match", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abc-br"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});
