import { render } from "@react-email/render";
import { simpleParser, type ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { EventEmail, eventEmailText } from "@/emails/event-email";
import { compileTemplate, fillMessage, serialize, type EmailContent } from "./mime-template";

const SLOT = "x-slot-token";
const base = "https://status.example.test";

// The event email exactly as compose renders it, for one manage token (or the slot).
async function eventContent(token: string, subject: string): Promise<EmailContent> {
  const props = {
    pageName: "Acme Status",
    pageUrl: base,
    label: "Incident",
    title: subject,
    status: "Identified · Major impact",
    bodyHtml: "<p>We are investigating <strong>elevated</strong> errors.</p><ul><li>API</li></ul>",
    bodyText: "We are investigating elevated errors.\n\n- API",
    when: "4 Dec 2026, 15:00 CET",
    whenUtc: "4 Dec 2026, 14:00 UTC",
    components: ["API", "Dashboard"],
    linkUrl: `${base}/incidents/x`,
    linkLabel: "View the incident",
    manageUrl: `${base}/subscription/${token}`,
    unsubscribeUrl: `${base}/unsubscribe/${token}`,
  };
  const element = createElement(EventEmail, props);
  return {
    from: { name: "Acme Status", address: "status@acme.example" },
    replyTo: "support@acme.example",
    listId: { name: "Acme Status", id: "status.acme.example" },
    subject,
    html: await render(element),
    text: eventEmailText(props),
    unsubscribeUrl: `${base}/api/unsubscribe/${token}`,
    slot: token === SLOT ? SLOT : undefined,
  };
}

// The same message composed the old way, by nodemailer, from a render for this recipient.
async function perRecipient(content: EmailContent, to: string, messageId: string, date: Date): Promise<ParsedMail> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const { message } = await composer.sendMail({
    from: { name: content.from.name, address: content.from.address },
    replyTo: content.replyTo,
    to,
    subject: content.subject,
    text: content.text,
    html: content.html,
    messageId,
    date,
    headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    list: {
      id: { url: content.listId!.id, comment: content.listId!.name },
      unsubscribe: { url: content.unsubscribeUrl!, comment: "Unsubscribe" },
    },
  });
  return simpleParser(message as Buffer);
}

const comparable = (mail: ParsedMail) => ({
  from: mail.from?.text,
  to: [mail.to].flat().map((a) => a?.text),
  replyTo: mail.replyTo?.text,
  subject: mail.subject,
  messageId: mail.messageId,
  date: mail.date?.toISOString(),
  text: mail.text,
  html: mail.html,
  list: mail.headers.get("list"),
  post: mail.headers.get("list-unsubscribe-post"),
});

describe("a notification's message template", () => {
  for (const [name, token, subject] of [
    ["a URL-safe token", "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg", "[Acme Status] Incident: Elevated API errors"],
    [
      "a token needing escapes, and a long non-ASCII subject",
      "tok-a&b'c=d@example.test",
      `[Acme Status] Incident: Störung der Zahlungs-API — ${"sehr ".repeat(20)}lang`,
    ],
  ] as const) {
    it(`filled for one recipient equals a render for that recipient (${name})`, async () => {
      const template = compileTemplate(await eventContent(SLOT, subject));
      const date = new Date("2026-12-04T14:00:00Z");
      const raw = serialize(fillMessage(template, { to: "ada@example.test", messageId: "<m1@acme.example>", date, token }));
      const ours = await simpleParser(raw);
      const theirs = await perRecipient(await eventContent(token, subject), "ada@example.test", "<m1@acme.example>", date);
      expect(comparable(ours)).toEqual(comparable(theirs));
      expect(ours.html).toContain(`${base}/subscription/`);
      expect(ours.text).toContain(`/unsubscribe/${token}`);
      expect(raw).not.toContain(SLOT);
      // RFC 5322 allows 998; QP body lines stay within 76, headers are folded where they can be.
      const [head, body] = [raw.slice(0, raw.indexOf("\r\n\r\n")), raw.slice(raw.indexOf("\r\n\r\n") + 4)];
      expect(body.split("\r\n").filter((line) => line.length > 76)).toEqual([]);
      expect(head.split("\r\n").filter((line) => line.length > 78 && !line.startsWith("List-Unsubscribe:"))).toEqual([]);
    });
  }

  it("fills different recipients from one compiled template without mixing them", async () => {
    const template = compileTemplate(await eventContent(SLOT, "Subject"));
    const [a, b] = await Promise.all(
      ["token-a", "token-b"].map((token, i) =>
        simpleParser(serialize(fillMessage(template, { to: `${token}@x.test`, messageId: `<${i}@x>`, date: new Date(), token }))),
      ),
    );
    expect(a!.html).toContain("/subscription/token-a");
    expect(a!.html).not.toContain("token-b");
    expect(b!.text).toContain("/unsubscribe/token-b");
    expect(b!.headers.get("list")).toMatchObject({ unsubscribe: { id: `${base}/api/unsubscribe/token-b` } });
  });
});
