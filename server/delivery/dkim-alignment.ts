// DMARC's relaxed alignment: the DKIM signing domain (d=) and the From address's domain must share
// one organizational domain. Without the Public Suffix List this approximates it by the last two
// labels, or three under common two-level suffixes (co.uk, com.au, …): good enough for a warning.

const SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go"]);

export function organizationalDomain(domain: string): string {
  const labels = domain.trim().toLowerCase().replace(/\.$/, "").split(".").filter(Boolean);
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

/** A warning for the operator when DKIM will not align with the From domain, else null. */
export function dkimAlignmentWarning(dkimDomain: string | undefined, fromAddress: string): string | null {
  if (!dkimDomain) return null;
  const fromDomain = fromAddress.split("@").pop() ?? "";
  if (organizationalDomain(dkimDomain) === organizationalDomain(fromDomain)) return null;
  return (
    `DKIM_DOMAIN "${dkimDomain}" does not align with the sender address's domain "${fromDomain}": ` +
    `receivers checking DMARC will not count the signature. Use a sender address at ${dkimDomain} (or a subdomain), or sign with the sender's domain.`
  );
}
