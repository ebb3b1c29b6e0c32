import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPageCsp, withSecurityHeaders } from "./security-headers";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const html = (body: string) => ({
  status: 200,
  headers: [["content-type", "text/html; charset=utf-8"]] as Array<[string, string]>,
  body: Buffer.from(body),
});

describe("cachedPageCsp", () => {
  it("allows exactly the page's own inline scripts, by hash", () => {
    const page = `<head><script>a()</script><script src="/_next/static/x.js" async></script></head><body><script id="d">self.__next_f.push([1,"x"])</script></body>`;
    const csp = cachedPageCsp(page);
    expect(csp).toContain(`script-src 'self' ${sha("a()")} ${sha('self.__next_f.push([1,"x"])')};`);
    expect(csp).not.toContain("unsafe-inline' 'sha");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe("withSecurityHeaders", () => {
  it("gives HTML a CSP and no framing, and every answer nosniff", () => {
    const headers = new Map(withSecurityHeaders(html("<script>x</script>"), false).headers);
    expect(headers.get("content-security-policy")).toContain(sha("x"));
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.has("strict-transport-security")).toBe(false);
    const json = new Map(
      withSecurityHeaders({ status: 200, headers: [["content-type", "application/json"]], body: Buffer.from("{}") }, true).headers,
    );
    expect(json.get("x-content-type-options")).toBe("nosniff");
    expect(json.get("strict-transport-security")).toContain("max-age=");
    expect(json.has("content-security-policy")).toBe(false);
  });

  it("keeps a route's own policy (the embed may be framed by any site)", () => {
    const embed = html("<p>ok</p>");
    embed.headers.push(["content-security-policy", "default-src 'none'; frame-ancestors *"], ["x-content-type-options", "nosniff"]);
    const headers = withSecurityHeaders(embed, false).headers;
    expect(headers.filter(([n]) => n === "content-security-policy")).toEqual([
      ["content-security-policy", "default-src 'none'; frame-ancestors *"],
    ]);
    expect(headers.some(([n]) => n === "x-frame-options")).toBe(false);
    expect(headers.filter(([n]) => n === "x-content-type-options")).toHaveLength(1);
  });
});
