import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** One encoding of a response: its body, its strong ETag and its headers ready for `writeHead` (flat list). */
export type EncodedVariant = { headers: string[]; body: Buffer; etag: string };

export type EncodedResponse = {
  status: number;
  identity: EncodedVariant;
  gzip: EncodedVariant | null;
  br: EncodedVariant | null;
  /** Headers of a 304 (the matched variant's ETag is added when sending). */
  notModified: string[];
  /** Memory held (all bodies). */
  bytes: number;
};

export type PlainResponse = { status: number; headers: Array<[string, string]>; body: Buffer };

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;
// Fast enough to run once per change of the page (a few ms for 100 KB); build assets, encoded once, get the best.
export const PAGE_BROTLI_QUALITY = 6;
export const ASSET_BROTLI_QUALITY = 11;

function headerList(base: Array<[string, string]>, extra: Array<[string, string]>): string[] {
  return [...base, ...extra].flat();
}

/**
 * Pre-encodes one answer: identity, gzip and brotli bodies (when worth it), each with a strong ETag
 * of its own (a representation's ETag must differ per encoding), and the headers for a 304.
 */
export async function encodeResponse(plain: PlainResponse, brotliQuality = PAGE_BROTLI_QUALITY): Promise<EncodedResponse> {
  const type = plain.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  const compress = COMPRESSIBLE.test(type) && plain.body.length > 256;
  const [gz, br] = compress
    ? await Promise.all([
        gzip(plain.body, { level: 9 }),
        brotli(plain.body, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.body.length },
        }),
      ])
    : [null, null];
  const hash = createHash("sha256").update(plain.body).digest("base64url").slice(0, 27);
  const vary: Array<[string, string]> = compress ? [["vary", "Accept-Encoding"]] : [];
  const variant = (body: Buffer, encoding: string | null): EncodedVariant => {
    const etag = `"${hash}${encoding ? `-${encoding}` : ""}"`;
    const extra: Array<[string, string]> = [["etag", etag], ["content-length", String(body.length)], ...vary];
    if (encoding) extra.push(["content-encoding", encoding]);
    return { headers: headerList(plain.headers, extra), body, etag };
  };
  const identity = variant(plain.body, null);
  const gzVariant = gz && gz.length < plain.body.length ? variant(gz, "gzip") : null;
  const brVariant = br && br.length < plain.body.length ? variant(br, "br") : null;
  const kept = [identity, gzVariant, brVariant].filter((v) => v !== null);
  // A 304 repeats the validators and caching headers, never a body's length or type.
  const cacheHeaders = plain.headers.filter(([name]) => name === "cache-control" || name.startsWith("access-control-"));
  return {
    status: plain.status,
    identity,
    gzip: gzVariant,
    br: brVariant,
    notModified: headerList(cacheHeaders, vary),
    bytes: kept.reduce((sum, v) => sum + v.body.length, 0),
  };
}
