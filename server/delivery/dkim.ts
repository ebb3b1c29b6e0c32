import { createHash, createPrivateKey, sign, type KeyObject } from "node:crypto";
import { foldLines } from "nodemailer/lib/mime-funcs";
import { relaxedHeader } from "./dkim-canonical";

export type DkimOptions = { domainName: string; keySelector: string; privateKey: string };

/**
 * Signed header fields, in this order when present. Both List-Unsubscribe headers are covered, or
 * receivers ignore one-click unsubscribe (RFC 8058).
 */
export const DKIM_SIGNED_HEADERS = [
  "From",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "MIME-Version",
  "Content-Type",
  "List-Id",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
];
const SIGNED = DKIM_SIGNED_HEADERS.map((name) => name.toLowerCase());

export type DkimSigner = {
  algorithm: "rsa-sha256" | "ed25519-sha256";
  /**
   * The DKIM-Signature header line (folded, no final CRLF) for a message given as its headers and
   * its body already in relaxed canonical form (in pieces, hashed in order).
   */
  sign(headers: Array<[string, string]>, canonicalBody: string[]): Promise<string>;
};

const signAsync = (algorithm: string | null, data: Buffer, key: KeyObject) =>
  new Promise<Buffer>((resolve, reject) => sign(algorithm, data, key, (error, signature) => (error ? reject(error) : resolve(signature))));

/**
 * DKIM with relaxed/relaxed canonicalization, rsa-sha256 or ed25519-sha256 (RFC 8463) after the
 * key's type. The header has nodemailer's layout (so both sign byte-identically with RSA). The
 * signature itself runs on libuv's thread pool (crypto.sign with a callback), off the event loop.
 */
export function createDkimSigner(options: DkimOptions): DkimSigner {
  const key = createPrivateKey(options.privateKey);
  const algorithm = key.asymmetricKeyType === "ed25519" ? "ed25519-sha256" : key.asymmetricKeyType === "rsa" ? "rsa-sha256" : null;
  if (!algorithm) throw new Error(`DKIM_PRIVATE_KEY: unsupported key type ${key.asymmetricKeyType} (use RSA or Ed25519, PEM)`);
  const domain = options.domainName.trim().toLowerCase();
  const clean = (value: string) => value.replace(/[\x00-\x1f\x7f;=]/g, "");
  return {
    algorithm,
    async sign(headers, canonicalBody) {
      const bodyHash = createHash("sha256");
      for (const piece of canonicalBody) bodyHash.update(piece);
      const byName = new Map<string, string>();
      // The last instance of a field is the one signed (RFC 6376 §5.4.2); we write each once anyway.
      for (const [name, value] of headers) byName.set(name.toLowerCase(), value);
      const fields = SIGNED.filter((name) => byName.has(name));
      const tags = [
        "v=1",
        `a=${algorithm}`,
        "c=relaxed/relaxed",
        `d=${clean(domain)}`,
        "q=dns/txt",
        `s=${clean(options.keySelector)}`,
        `bh=${bodyHash.digest("base64")}`,
        `h=${fields.join(":")}`,
      ].join("; ");
      const header = `${foldLines(`DKIM-Signature: ${tags}`, 76)};\r\n b=`;
      const data = `${fields.map((name) => relaxedHeader(name, byName.get(name)!)).join("\r\n")}\r\n${relaxedHeader("dkim-signature", header.slice(header.indexOf(":") + 1))}`;
      const signature =
        algorithm === "rsa-sha256"
          ? await signAsync("sha256", Buffer.from(data), key)
          : await signAsync(null, createHash("sha256").update(data).digest(), key);
      return (
        header +
        signature
          .toString("base64")
          .replace(/(^.{73}|.{75}(?!\r?\n|\r))/g, "$&\r\n ")
          .trim()
      );
    },
  };
}
