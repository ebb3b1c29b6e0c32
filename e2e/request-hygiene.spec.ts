import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp, type AppProcess } from "@/test/app-process";
import { cacheTierConfig, startNginx } from "@/test/nginx";

// What any client can send, and what it gets: the security headers on every answer, refusals before a
// body is read, and no way to pick its own address for the rate limits. Its own app (no proxy trusted,
// as shipped) and the shipped nginx config in front of a second one (TRUSTED_PROXIES=1, as documented).
test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

const [DIRECT, BEHIND, NGINX] = [3111, 3112, 3113];
let dir: string;
let apps: AppProcess[] = [];
let stopNginx: () => Promise<void> = async () => {};

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "statuspage-hygiene-"));
  const env = (name: string) => ({ DATABASE_URL: `file:${dir}/${name}.db`, CACHE_DIR: `${dir}/${name}-cache`, RUN_WORKER: "0" });
  apps = [
    await startApp(env("direct"), DIRECT),
    await startApp({ ...env("behind"), TRUSTED_PROXIES: "1", PUBLIC_URL: `http://127.0.0.1:${NGINX}` }, BEHIND),
  ];
  stopNginx = (await startNginx((d) => cacheTierConfig({ cacheDir: path.join(d, "cache"), appPort: BEHIND, port: NGINX }), NGINX)).stop;
});

test.afterAll(async () => {
  await Promise.allSettled([...apps.map((app) => app.stop()), stopNginx()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Wrong passwords for one account, each claiming a new address: how many before the limit answers 429. */
async function attemptsUntilLimited(port: number): Promise<number> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: `http://127.0.0.1:${port}`,
        "X-Forwarded-For": `203.0.113.${attempt}`,
        "X-Real-IP": `198.51.100.${attempt}`,
      },
      body: JSON.stringify({ email: `nobody-${port}@example.com`, password: "wrong password, long enough" }),
    });
    if (response.status === 429) return attempt;
    expect(response.status).toBe(401);
  }
  return Infinity;
}

test("a forged X-Forwarded-For gains nothing, directly or through the proxy", async () => {
  // The per-address sign-in rule allows 5 a minute: the 6th attempt is refused whatever the header says.
  expect(await attemptsUntilLimited(DIRECT)).toBe(6);
  expect(await attemptsUntilLimited(NGINX)).toBe(6);
});

test("every answer carries the security headers; HTML cannot be framed except the embed", async () => {
  const base = `http://127.0.0.1:${DIRECT}`;
  const html = ["/", "/history", "/no-such-page", "/incidents/no-such-incident", "/admin/login", "/subscribe"];
  const other = [
    "/api/v2/summary.json",
    "/feed.rss",
    "/badge.svg",
    "/widget.js",
    "/api/health",
    "/api/admin/v1/incidents",
    "/api/v2/nope.json",
  ];
  for (const p of [...html, ...other]) {
    const response = await fetch(`${base}${p}`);
    expect(response.headers.get("x-content-type-options"), p).toBe("nosniff");
    expect(response.headers.get("referrer-policy"), p).toBe("strict-origin-when-cross-origin");
    expect(response.status, p).toBeLessThan(500);
  }
  for (const p of html) {
    const response = await fetch(`${base}${p}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp, p).toContain("frame-ancestors 'none'");
    expect(csp, p).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get("x-frame-options"), p).toBe("DENY");
  }
  const embed = await fetch(`${base}/embed`);
  expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
  expect(embed.headers.get("x-frame-options")).toBeNull();
});

test("Next's router headers get the page everyone gets, never a redirect or a variant", async () => {
  const base = `http://127.0.0.1:${DIRECT}`;
  const plain = await fetch(`${base}/`);
  const rsc = await fetch(`${base}/`, { headers: { RSC: "1", "Next-Router-Prefetch": "1" }, redirect: "manual" });
  expect(rsc.status).toBe(200);
  expect(rsc.headers.get("content-type")).toContain("text/html");
  expect(rsc.headers.get("etag")).toBe(plain.headers.get("etag"));
});

/** Sends only the head of a request and reads the answer: the body is never sent. */
function headOnly(port: number, head: string): Promise<{ status: number; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(head));
    let data = "";
    socket.on("data", (chunk) => (data += chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve({ status: Number(data.split(" ")[1]), closed: true }));
    setTimeout(() => resolve({ status: Number(data.split(" ")[1]), closed: false }), 5_000);
  });
}

test("oversized, length-less and malformed requests are refused before a byte of body is read", async () => {
  const post = (target: string, headers: string) => `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${DIRECT}\r\n${headers}\r\n`;
  // 100 MB announced, nothing sent: the answer comes at once and the connection is closed.
  expect(
    await headOnly(DIRECT, post("/api/auth/sign-in/email", `Content-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n`)),
  ).toEqual({ status: 413, closed: true });
  expect(await headOnly(DIRECT, post("/admin/incidents", `Content-Length: ${2 * 1024 * 1024}\r\n`))).toEqual({ status: 413, closed: true });
  expect((await headOnly(DIRECT, post("/api/admin/v1/incidents", "Transfer-Encoding: chunked\r\n"))).status).toBe(411);
  expect((await headOnly(DIRECT, `TRACE / HTTP/1.1\r\nHost: x\r\n\r\n`)).status).toBe(405);
  expect((await headOnly(DIRECT, post("/subscribe", "Content-Type: multipart/form-data\r\nContent-Length: 5\r\n"))).status).toBe(400);
  // A server action posted from another site.
  const action = await fetch(`http://127.0.0.1:${DIRECT}/subscribe`, {
    method: "POST",
    headers: { "Next-Action": "x", Origin: "https://evil.example", "Content-Type": "text/plain" },
    body: "[]",
  });
  expect(action.status).toBe(403);
});
