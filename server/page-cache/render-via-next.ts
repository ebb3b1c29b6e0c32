import http from "node:http";
import type { PlainResponse } from "./encoded-response";

// What a cached answer keeps of Next's headers. Never cookies, nor per-request or hop-by-hop headers;
// Vary is ours (every client gets the same bytes, only the encoding varies).
const KEPT_HEADERS = new Set([
  "content-type",
  "cache-control",
  "content-security-policy",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-resource-policy",
  "access-control-allow-origin",
  "retry-after",
  "link",
]);

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export type Renderer = (path: string) => Promise<PlainResponse>;

/** Asks Next (listening on a private loopback port) for one page, as a browser would, and keeps the bytes. */
export function nextRenderer(port: number, timeoutMs = 30_000): Renderer {
  return (path) =>
    new Promise((resolve, reject) => {
      const request = http.get(
        { host: "127.0.0.1", port, path, agent, headers: { accept: "*/*", "accept-encoding": "identity" }, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => {
            const headers: Array<[string, string]> = [];
            for (const [name, value] of Object.entries(response.headers)) {
              if (KEPT_HEADERS.has(name) && value !== undefined) headers.push([name, Array.isArray(value) ? value.join(", ") : value]);
            }
            resolve({ status: response.statusCode ?? 500, headers, body: Buffer.concat(chunks) });
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error(`rendering ${path} took over ${timeoutMs} ms`)));
      request.on("error", reject);
    });
}
