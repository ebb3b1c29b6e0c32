import { isIP } from "node:net";

/**
 * The unit a per-address limit counts: an IPv4 address as is, an IPv6 address by its /64 prefix,
 * because one subscriber line is usually handed a whole /64 and could rotate through it freely.
 */
export function rateSubject(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail lies beyond the /64 prefix, so it only needs to count as groups.
  const groups = ip.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
