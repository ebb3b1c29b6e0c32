import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ASSET_BROTLI_QUALITY, encodeResponse, type EncodedResponse } from "./encoded-response";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
// File names carry their content hash: browsers and CDNs may keep them for good.
const IMMUTABLE = "public, max-age=31536000, immutable";

function listFiles(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * The build's static files (`/_next/static/…`, a fixed set known at start), each read and
 * compressed once on first use, then served from memory like the pages. Also serves `public/`
 * (prefix "/", names without a content hash, so a shorter `cacheControl`).
 */
export class BuildAssets {
  private files: Set<string>;
  private encoded = new Map<string, Promise<EncodedResponse>>();
  private notFound: Promise<EncodedResponse> | null = null;

  constructor(
    private dir: string,
    private urlPrefix = "/_next/static/",
    private cacheControl = IMMUTABLE,
  ) {
    this.files = new Set(listFiles(dir));
  }

  /** All URL paths served (for the static mirror). */
  paths(): string[] {
    return [...this.files].map((file) => `${this.urlPrefix}${file}`);
  }

  get(urlPath: string): Promise<EncodedResponse> {
    const file = urlPath.slice(this.urlPrefix.length);
    if (!this.files.has(file))
      return (this.notFound ??= encodeResponse({
        status: 404,
        headers: [
          ["content-type", "text/plain; charset=utf-8"],
          ["cache-control", "public, max-age=60"],
          ["x-content-type-options", "nosniff"],
        ],
        body: Buffer.from("Not found\n"),
      }));
    let response = this.encoded.get(file);
    if (!response) {
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      const body = readFileSync(path.join(this.dir, file));
      response = encodeResponse(
        {
          status: 200,
          headers: [
            ["content-type", type],
            ["cache-control", this.cacheControl],
            ["x-content-type-options", "nosniff"],
          ],
          body,
        },
        ASSET_BROTLI_QUALITY,
      );
      this.encoded.set(file, response);
    }
    return response;
  }
}
