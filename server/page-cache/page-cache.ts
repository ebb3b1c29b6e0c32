import type { Logger } from "pino";
import type { SnapshotVersion } from "@/server/public/snapshot-store";
import { encodeResponse, type EncodedResponse, type PlainResponse } from "./encoded-response";
import type { Renderer } from "./render-via-next";

type Slot = {
  response: EncodedResponse | null;
  /** The snapshot version the response was rendered from. */
  version: SnapshotVersion | null;
  pending: Promise<EncodedResponse> | null;
  lastUsed: number;
  failedAt: number;
};

export type PageCacheOptions = {
  render: Renderer;
  version: () => SnapshotVersion;
  logger: Pick<Logger, "warn" | "error">;
  /** Memory for bodies; least recently used pages are dropped beyond it. */
  maxBytes: number;
  /** A failed render is not retried sooner than this (the last good bytes are served meanwhile). */
  retryMs?: number;
  /** Pages asked for within this time are rendered again right after a change, before anyone waits. */
  warmMs?: number;
  /** Applied to every rendered answer before it is encoded (security headers). */
  decorate?: (plain: PlainResponse) => PlainResponse;
};

const WARM_LIMIT = 16;

const sameContent = (a: SnapshotVersion, b: SnapshotVersion) => a.revision === b.revision && a.stale === b.stale;

const unavailable: PlainResponse = {
  status: 503,
  headers: [
    ["content-type", "text/plain; charset=utf-8"],
    ["cache-control", "no-store"],
    ["retry-after", "5"],
  ],
  body: Buffer.from("Status temporarily unavailable. Try again in a few seconds.\n"),
};

/**
 * Public answers rendered once per snapshot version and served from memory. When the content moved
 * (new revision, or the "as of" notice came or went) the first request waits for the one render of
 * its page that everyone shares; when only time passed (the minutely rebuild) the old bytes are served
 * while the page renders in the background. A failed render keeps the last good bytes.
 */
export class PageCache {
  private slots = new Map<string, Slot>();
  private bytes = 0;
  private fallback: Promise<EncodedResponse> | null = null;
  private renders = 0;

  constructor(private options: PageCacheOptions) {}

  /** Renders performed so far (for tests and benchmarks: one per page and version). */
  get renderCount(): number {
    return this.renders;
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.slots.size, bytes: this.bytes };
  }

  /** The answer for `key`: at once from memory when current, else after its single shared render. */
  get(key: string): EncodedResponse | Promise<EncodedResponse> {
    const now = Date.now();
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = { response: null, version: null, pending: null, lastUsed: now, failedAt: 0 }));
    slot.lastUsed = now;
    const current = this.options.version();
    const { response, version } = slot;
    if (response && version?.version === current.version) return response;
    if (now - slot.failedAt < (this.options.retryMs ?? 1_000)) return response ?? this.unavailable();
    if (response && version && sameContent(version, current)) {
      void this.refresh(key, slot).catch(() => {});
      return response;
    }
    return this.refresh(key, slot).catch(() => response ?? this.unavailable());
  }

  /**
   * After a snapshot change: render again the pages people are reading (the most recently read
   * ones, at most WARM_LIMIT: the rest wait for their first reader), one after the other.
   */
  warm(): Promise<void> {
    const since = Date.now() - (this.options.warmMs ?? 60_000);
    const keys = [...this.slots]
      .filter(([, slot]) => slot.lastUsed >= since)
      .sort(([, a], [, b]) => b.lastUsed - a.lastUsed)
      .slice(0, WARM_LIMIT)
      .map(([key]) => key);
    return keys.reduce<Promise<void>>(
      (chain, key) =>
        chain.then(async () => {
          const slot = this.slots.get(key);
          if (slot && slot.version?.version !== this.options.version().version) await this.refresh(key, slot).catch(() => {});
        }),
      Promise.resolve(),
    );
  }

  private refresh(key: string, slot: Slot): Promise<EncodedResponse> {
    slot.pending ??= this.render(key, slot).finally(() => {
      slot.pending = null;
    });
    return slot.pending;
  }

  private async render(key: string, slot: Slot): Promise<EncodedResponse> {
    const version = this.options.version();
    this.renders += 1;
    try {
      const plain = await this.options.render(key);
      if (plain.status >= 500) throw new Error(`rendering ${key} answered ${plain.status}`);
      const encoded = await encodeResponse(this.options.decorate?.(plain) ?? plain);
      this.store(slot, encoded, version);
      return encoded;
    } catch (error) {
      slot.failedAt = Date.now();
      if (slot.response) this.options.logger.warn({ err: error, page: key }, "page render failed: serving the last good bytes");
      else this.options.logger.error({ err: error, page: key }, "page render failed and there is nothing to serve yet");
      throw error;
    }
  }

  private store(slot: Slot, encoded: EncodedResponse, version: SnapshotVersion) {
    this.bytes += encoded.bytes - (slot.response?.bytes ?? 0);
    Object.assign(slot, { response: encoded, version, failedAt: 0 });
    if (this.bytes > this.options.maxBytes) this.evict();
  }

  // Least recently used first, down to three quarters of the budget; pages being rendered stay.
  private evict() {
    const order = [...this.slots].filter(([, slot]) => !slot.pending).sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    for (const [key, slot] of order) {
      if (this.bytes <= this.options.maxBytes * 0.75) break;
      this.bytes -= slot.response?.bytes ?? 0;
      this.slots.delete(key);
    }
  }

  private unavailable(): Promise<EncodedResponse> {
    this.fallback ??= encodeResponse(unavailable);
    return this.fallback;
  }
}
