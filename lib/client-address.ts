import { BlockList, isIP } from "node:net";

/** Set by the front server on every request it hands to Next (any value the client sent is replaced). */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/**
 * Which proxies in front of the app may say who the client is (X-Forwarded-For). `null`: nobody,
 * the socket's address is the client. `hops`: that many proxies, each appending the address it saw.
 * `list`: any proxy whose address is in these ranges.
 */
export type ProxyTrust = null | { hops: number } | { list: BlockList; source: string };

/** `TRUSTED_PROXIES`: empty (nobody), a hop count ("1"), or addresses and CIDR ranges ("10.0.0.0/8, ::1"). */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return null;
  if (/^\d+$/.test(text)) return { hops: Math.min(Number(text), 16) };
  const list = new BlockList();
  for (const entry of text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else if (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)) list.addSubnet(address, Number(bits), type);
    else throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
  }
  return { list, source: text };
}

/** `::ffff:1.2.3.4` is 1.2.3.4; anything that is not an IP address counts as unknown. */
function normalize(address: string | undefined): string | null {
  const trimmed = address?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const plain = /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
  return isIP(plain) ? plain : null;
}

const trusted = (list: BlockList, address: string) => list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");

/**
 * The client's address: the socket's, or, behind trusted proxies, the nearest address in
 * X-Forwarded-For that no trusted proxy added. A client cannot choose it by sending the header.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const socket = normalize(socketAddress) ?? "unknown";
  if (!trust || !forwardedFor) return socket;
  const chain = [...forwardedFor.split(",").map(normalize), socket];
  if ("hops" in trust) {
    const index = Math.max(0, chain.length - 1 - trust.hops);
    return chain[index] ?? "unknown";
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i];
    if (!address) return "unknown";
    if (i === 0 || !trusted(trust.list, address)) return address;
  }
  return socket;
}
