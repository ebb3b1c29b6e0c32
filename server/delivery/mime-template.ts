import { randomBytes } from "node:crypto";
import { encodeWords, foldLines } from "nodemailer/lib/mime-funcs";
import { encode as qpEncode, wrap as qpWrap } from "nodemailer/lib/qp";
import { relaxedBody } from "./dkim-canonical";

/**
 * What one notification's email says, rendered once. `html`, `text` and `unsubscribeUrl` may
 * contain `slot` (e.g. the subscriber's manage token): it is replaced per recipient.
 */
export type EmailContent = {
  from: { name: string; address: string };
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  listId?: { name: string; id: string };
  /** RFC 8058 one-click unsubscribe URL (List-Unsubscribe + List-Unsubscribe-Post). */
  unsubscribeUrl?: string;
  /** The placeholder standing for the recipient's token in html/text/unsubscribeUrl, if any. */
  slot?: string;
};

/** Per-message parts. */
export type Recipient = { to: string; messageId: string; date: Date; token?: string };

// A piece of the message: fixed text, or where the recipient's token goes and how it is written.
type Piece = string | { slot: "raw" | "html-qp" | "text-qp" };
type Header = { name: string; pieces: Piece[] } | { name: string; field: "to" | "messageId" | "date" };

export type MessageTemplate = {
  envelopeFrom: string;
  headers: Header[];
  body: Piece[];
  /** The body's relaxed DKIM canonical form, piece by piece (slots stay slots). */
  canonicalBody: Piece[];
};

export type FilledMessage = { headers: Array<[name: string, value: string]>; body: string; bodyPieces: string[] };

const ATOM = /^[\w!#$%&'*+\-/=?^`{|}~ ]*$/;
const REACT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

const ascii = (value: string) => !/[^\x20-\x7e]/.test(value);
const quoted = (name: string) => `"${name.replace(/["\\]/g, "\\$&")}"`;

/** A display name as mail clients expect it: plain, quoted, or RFC 2047 encoded. */
function displayName(name: string, quote = false): string {
  if (!ascii(name)) return encodeWords(name, "Q", 52);
  return ATOM.test(name) && !quote ? name : quoted(name);
}

// A fixed header, folded once (long subjects) the way nodemailer folds them.
const fixed = (name: string, value: string): Header => ({ name, pieces: [foldLines(`${name}: ${value}`, 76).slice(name.length + 2)] });

function split(value: string, slot: string | undefined, kind: "raw" | "html-qp" | "text-qp"): Piece[] {
  if (!slot || !value.includes(slot)) return [value];
  return value.split(slot).flatMap((part, i) => (i === 0 ? [part] : [{ slot: kind }, part]));
}

// QP-encodes a text part around its slots: every slot sits on lines of its own (soft line
// breaks around it), so fixed parts are encoded once and a slot's length never moves them.
function qpPieces(value: string, slot: string | undefined, kind: "html-qp" | "text-qp"): Piece[] {
  const crlf = value.replace(/\r?\n/g, "\r\n");
  return split(crlf, slot, kind).map((piece, i, all) => {
    if (typeof piece !== "string") return piece;
    const encoded = qpWrap(qpEncode(piece), 75);
    return `${i > 0 ? "=\r\n" : ""}${encoded}${i < all.length - 1 ? "=\r\n" : ""}`;
  });
}

/** Compiles the fixed parts of a notification's message once; `fillMessage` completes it per recipient. */
export function compileTemplate(content: EmailContent): MessageTemplate {
  const boundary = `--_sp-${randomBytes(12).toString("hex")}`;
  const from = content.from.name ? `${displayName(content.from.name)} <${content.from.address}>` : content.from.address;
  const headers: Header[] = [
    fixed("From", from),
    ...(content.replyTo ? [fixed("Reply-To", content.replyTo)] : []),
    { name: "To", field: "to" },
    fixed("Subject", ascii(content.subject) ? content.subject : encodeWords(content.subject, "Q", 52)),
    { name: "Message-ID", field: "messageId" },
    { name: "Date", field: "date" },
    ...(content.listId
      ? [fixed("List-Id", `${content.listId.name ? `${displayName(content.listId.name, true)} ` : ""}<${content.listId.id}>`)]
      : []),
    ...(content.unsubscribeUrl
      ? [
          { name: "List-Unsubscribe", pieces: ["<", ...split(content.unsubscribeUrl, content.slot, "raw"), "> (Unsubscribe)"] },
          fixed("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]
      : []),
    fixed("MIME-Version", "1.0"),
    fixed("Content-Type", `multipart/alternative; boundary="${boundary}"`),
  ];
  const part = (type: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`;
  const body: Piece[] = [
    part("text/plain"),
    ...qpPieces(content.text, content.slot, "text-qp"),
    `\r\n${part("text/html")}`,
    ...qpPieces(content.html, content.slot, "html-qp"),
    `\r\n--${boundary}--\r\n`,
  ];
  // Fixed pieces start and end on line boundaries, so canonicalizing them alone equals canonicalizing the whole.
  const canonicalBody = mergeStrings(body).map((piece) => (typeof piece === "string" ? relaxedBody(piece, false) : piece));
  return { envelopeFrom: content.from.address, headers, body: mergeStrings(body), canonicalBody };
}

function mergeStrings(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (typeof piece === "string" && typeof last === "string") merged[merged.length - 1] = last + piece;
    else merged.push(piece);
  }
  return merged;
}

/** RFC 5322 date, as nodemailer writes it. */
export function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT/, "+0000");
}

function slotValue(kind: "raw" | "html-qp" | "text-qp", token: string): string {
  if (kind === "raw") return token;
  const value = kind === "html-qp" ? token.replace(/[&<>"']/g, (c) => REACT_ENTITIES[c]!) : token;
  // Tokens are URL-safe: usually already valid QP on one line.
  return value.length <= 75 && /^[\w.~-]*$/.test(value) ? value : qpWrap(qpEncode(value), 75);
}

/** The message for one recipient: headers (name, value) in order and the encoded body. */
export function fillMessage(template: MessageTemplate, recipient: Recipient): FilledMessage {
  const token = recipient.token ?? "";
  const fill = (pieces: Piece[]) => pieces.map((p) => (typeof p === "string" ? p : slotValue(p.slot, token)));
  const fields = { to: recipient.to, messageId: recipient.messageId, date: mailDate(recipient.date) };
  const headers = template.headers.map((h): [string, string] => [h.name, "field" in h ? fields[h.field] : fill(h.pieces).join("")]);
  const bodyPieces = template.canonicalBody.map((p) => (typeof p === "string" ? p : relaxedBody(slotValue(p.slot, token), false)));
  return { headers, body: fill(template.body).join(""), bodyPieces };
}

/** Header block and body as the bytes that go over SMTP (CRLF line ends). */
export function serialize(message: FilledMessage, signature?: string): string {
  const head = message.headers.map(([name, value]) => `${name}: ${value}`).join("\r\n");
  return `${signature ? `${signature}\r\n` : ""}${head}\r\n\r\n${message.body}`;
}
