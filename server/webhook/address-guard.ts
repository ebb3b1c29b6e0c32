import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

// Loopback, private, link-local (cloud metadata), CGNAT, unspecified and unique-local ranges: a
// webhook URL must not become a way to reach the server's own network unless the operator allows it.
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

/** The eight 16-bit groups of an IPv6 address (with an optional dotted IPv4 tail), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const ipv4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address carries, in every form that reaches (or translates to) it:
 * IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, SIIT ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96 and
 * 64:ff9b:1::/48, and 6to4 2002::/16. Written in hex too (::ffff:7f00:1), which is how URLs normalise them.
 */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0) && (g[6] !== 0 || g[7]! > 1)) return ipv4(g[6]!, g[7]!);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return ipv4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && (zeros(2, 6) || g[2] === 1)) return ipv4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return ipv4(g[1]!, g[2]!);
  return null;
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family !== 6) return false;
  // An IPv4 address carried inside IPv6 is judged as that IPv4 address.
  const carried = embeddedIpv4(address);
  return carried ? PRIVATE.check(carried, "ipv4") : PRIVATE.check(address, "ipv6");
}

/** A URL's host if it is an IP literal, without brackets. */
export function literalHost(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return isIP(host) ? host : null;
}

/**
 * Why a webhook URL would be refused when sending, judged when it is saved: an IP literal in a
 * private range, or a name that resolves (now) to one. A name that does not resolve yet is allowed;
 * the send-time guard checks every connection anyway.
 */
export async function privateTargetOf(rawUrl: string): Promise<string | null> {
  const url = new URL(rawUrl);
  const literal = literalHost(url);
  if (literal) return isPrivateAddress(literal) ? literal : null;
  if (url.hostname === "localhost" || url.hostname.endsWith(".localhost")) return url.hostname;
  const addresses = await new Promise<LookupAddress[]>((resolve) =>
    dnsLookup(url.hostname, { all: true }, (error, list) => resolve(error ? [] : list)),
  );
  return addresses.find((a) => isPrivateAddress(a.address))?.address ?? null;
}

export class BlockedAddressError extends Error {
  readonly code = "EBLOCKEDADDRESS";
  constructor(readonly address: string) {
    super(`${address} is a private or local address; set WEBHOOK_ALLOW_PRIVATE=true to send webhooks inside your network`);
  }
}

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses private addresses. The check happens on the address the
 * socket actually connects to, so a name that resolves differently later (DNS rebinding) cannot slip by.
 */
export function guardedLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: Callback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) return callback(new BlockedAddressError(blocked.address) as NodeJS.ErrnoException, []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}
