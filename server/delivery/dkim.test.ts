import { createHash, createPublicKey, generateKeyPairSync, verify, type KeyObject } from "node:crypto";
import DKIM from "nodemailer/lib/dkim";
import { describe, expect, it } from "vitest";
import { createDkimSigner, DKIM_SIGNED_HEADERS } from "./dkim";
import { compileTemplate, fillMessage, serialize } from "./mime-template";

const template = compileTemplate({
  from: { name: "Acme Status", address: "status@acme.example" },
  replyTo: "support@acme.example",
  listId: { name: "Acme Status", id: "status.acme.example" },
  subject: "[Acme Status] Incident: Störung   der API",
  html: `<p>Hello   there</p>${"<p>long paragraph with some words</p>".repeat(40)}<a href="https://s.test/subscription/SLOT">Manage</a>`,
  text: "Hello   there \n\nManage: https://s.test/subscription/SLOT\n\n\n",
  unsubscribeUrl: "https://s.test/api/unsubscribe/SLOT",
  slot: "SLOT",
});
const message = () =>
  fillMessage(template, {
    to: "ada@example.test",
    messageId: "<m1@acme.example>",
    date: new Date("2026-12-04T14:00:00Z"),
    token: "tok123",
  });
const pem = (key: KeyObject) => key.export({ type: "pkcs8", format: "pem" }).toString();

/** An independent DKIM check, written from RFC 6376 / 8463 without the signer's helpers. */
function verifyDkim(raw: string, publicKey: KeyObject): boolean {
  const split = raw.indexOf("\r\n\r\n");
  const fields = raw
    .slice(0, split)
    .split(/\r\n(?![ \t])/)
    .map((line) => ({ name: line.slice(0, line.indexOf(":")).toLowerCase(), line }));
  const relax = (line: string) =>
    `${line.slice(0, line.indexOf(":")).trim().toLowerCase()}:${line
      .slice(line.indexOf(":") + 1)
      .replace(/\r\n/g, "")
      .replace(/[ \t]+/g, " ")
      .trim()}`;
  const signature = fields.find((f) => f.name === "dkim-signature")!.line;
  const tags = Object.fromEntries(
    relax(signature)
      .slice("dkim-signature:".length)
      .split(";")
      .map((t) =>
        t
          .trim()
          .split(/=(.*)/s)
          .slice(0, 2)
          .map((v) => v.replace(/\s+/g, "")),
      ),
  );
  const body = raw
    .slice(split + 4)
    .split("\r\n")
    .map((l) => l.replace(/[ \t]+/g, " ").replace(/ $/, ""))
    .join("\r\n")
    .replace(/(\r\n)*$/, "\r\n");
  if (createHash("sha256").update(body).digest("base64") !== tags.bh) return false;
  const signed = (tags.h as string).split(":").map((name) => relax(fields.findLast((f) => f.name === name)!.line));
  const data = Buffer.from(`${signed.join("\r\n")}\r\n${relax(signature).replace(/b=[^;]*$/, "b=")}`);
  const b = Buffer.from(tags.b!, "base64");
  return tags.a === "ed25519-sha256"
    ? verify(null, createHash("sha256").update(data).digest(), publicKey, b)
    : verify("sha256", data, publicKey, b);
}

async function signWithNodemailer(raw: string, privateKey: string): Promise<string> {
  const stream = new DKIM({
    domainName: "acme.example",
    keySelector: "s1",
    privateKey,
    headerFieldNames: DKIM_SIGNED_HEADERS.join(":"),
  }).sign(raw);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe("DKIM signing of a filled template", () => {
  it("rsa-sha256: byte-identical to nodemailer's signature of the same message, and it verifies", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const signer = createDkimSigner({ domainName: "Acme.example", keySelector: "s1", privateKey: pem(privateKey) });
    const filled = message();
    const ours = await signer.sign(filled.headers, filled.bodyPieces);
    const theirs = await signWithNodemailer(serialize(filled), pem(privateKey));
    expect(theirs.startsWith(`${ours}\r\n`)).toBe(true);
    expect(ours).toContain("a=rsa-sha256; c=relaxed/relaxed; d=acme.example;");
    expect(ours).toContain(
      "h=from:reply-to:subject:date:message-id:to:mime-version:content-type:list-id:list-unsubscribe:list-unsubscribe-post;",
    );
    expect(verifyDkim(serialize(filled, ours), publicKey)).toBe(true);
  });

  it("ed25519-sha256 (RFC 8463) verifies; any change to a signed header or the body breaks it", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const signer = createDkimSigner({ domainName: "acme.example", keySelector: "ed", privateKey: pem(privateKey) });
    expect(signer.algorithm).toBe("ed25519-sha256");
    const filled = message();
    const raw = serialize(filled, await signer.sign(filled.headers, filled.bodyPieces));
    expect(verifyDkim(raw, createPublicKey(publicKey.export({ type: "spki", format: "pem" })))).toBe(true);
    expect(verifyDkim(raw.replace("To: ada@example.test", "To: eve@example.test"), publicKey)).toBe(false);
    expect(verifyDkim(raw.replace("Hello", "Hullo"), publicKey)).toBe(false);
    expect(verifyDkim(raw.replace("List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Unsubscribe-Post: nothing"), publicKey)).toBe(
      false,
    );
  });

  it("refuses keys it cannot sign with", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expect(() => createDkimSigner({ domainName: "a.example", keySelector: "s", privateKey: pem(privateKey) })).toThrow(
      /unsupported key type ec/,
    );
  });
});
