import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * "Known device" cookie: proof that this browser has signed in to an account before, so the
 * per-account failure limit (which anyone can trip) never locks out the owner's own browsers.
 * Each entry names a user id and a random device id, signed with the app secret; nothing is
 * stored server-side. A few accounts per browser, newest first.
 */
export const KNOWN_DEVICE_COOKIE = "known_device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 400 * 24 * 3600; // the longest browsers keep a cookie
const MAX_ENTRIES = 5;

type Entry = { userId: string; deviceId: string; mac: string };

const sign = (secret: string, userId: string, deviceId: string) =>
  createHmac("sha256", secret).update(`known-device|${userId}|${deviceId}`, "utf8").digest("base64url");

function validEntries(cookieValue: string | null | undefined, secret: string): Entry[] {
  const entries: Entry[] = [];
  for (const part of (cookieValue ?? "").split("~").slice(0, MAX_ENTRIES)) {
    const [userId = "", deviceId = "", mac = "", ...rest] = part.split(".");
    if (!userId || !deviceId || !mac || rest.length) continue;
    const expected = Buffer.from(sign(secret, userId, deviceId));
    const given = Buffer.from(mac);
    if (given.length === expected.length && timingSafeEqual(given, expected)) entries.push({ userId, deviceId, mac });
  }
  return entries;
}

/** The device id this cookie holds for `userId`, when its signature holds; null otherwise. */
export function knownDeviceOf(cookieValue: string | null | undefined, userId: string, secret: string): string | null {
  return validEntries(cookieValue, secret).find((entry) => entry.userId === userId)?.deviceId ?? null;
}

/** The cookie after a successful sign-in to `userId`: its entry first (same device id if it had one). */
export function rememberDevice(cookieValue: string | null | undefined, userId: string, secret: string): string {
  const entries = validEntries(cookieValue, secret);
  const deviceId = entries.find((entry) => entry.userId === userId)?.deviceId ?? randomBytes(16).toString("base64url");
  const others = entries.filter((entry) => entry.userId !== userId);
  const mine = { userId, deviceId, mac: sign(secret, userId, deviceId) };
  return [mine, ...others]
    .slice(0, MAX_ENTRIES)
    .map((entry) => `${entry.userId}.${entry.deviceId}.${entry.mac}`)
    .join("~");
}
