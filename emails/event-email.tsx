import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { fill, messages } from "@/lib/i18n";
import { LANGUAGES } from "@/lib/i18n/languages";
import { buttonStyle, EmailBrand, EmailLayout } from "./layout";

export const EventEmailProps = z.object({
  pageName: z.string(),
  pageUrl: z.url(),
  brand: EmailBrand.nullish(),
  /** The page's language: the frame's words (the event's own are already in it). */
  lang: z.enum(LANGUAGES).default("en"),
  /** "Incident", "Update", "Resolved", "Postmortem", "Scheduled maintenance", … */
  label: z.string(),
  title: z.string(),
  /** Status line, e.g. "Identified · Major impact". */
  status: z.string(),
  /** The update, postmortem or maintenance message: sanitized HTML from markdown (emails/markdown-email.ts). */
  bodyHtml: z.string(),
  /** The same as clean plain text (emails/markdown-text.ts), for the text part. */
  bodyText: z.string(),
  /** Maintenance window, start and end formatted in the page's time zone as the page shows them. */
  window: z.object({ start: z.string(), end: z.string() }).nullish(),
  /** Time of the event in the page's zone with the zone named, and in UTC. */
  when: z.string(),
  whenUtc: z.string(),
  components: z.array(z.string()),
  linkUrl: z.url(),
  linkLabel: z.string(),
  manageUrl: z.url(),
  unsubscribeUrl: z.url(),
});
// The input shape: `lang` may be left out (English).
export type EventEmailProps = z.input<typeof EventEmailProps>;

export function EventEmail(props: EventEmailProps) {
  const p = EventEmailProps.parse(props);
  const t = messages(p.lang).email;
  return (
    <EmailLayout
      lang={p.lang}
      brand={p.brand}
      pageName={p.pageName}
      pageUrl={p.pageUrl}
      preview={`${p.label}: ${p.title}`}
      manageUrl={p.manageUrl}
      unsubscribeUrl={p.unsubscribeUrl}
    >
      <Text style={{ fontSize: 12, fontWeight: 600, letterSpacing: 0.4, textTransform: "uppercase", color: "#6b7280", margin: 0 }}>
        {p.label}
      </Text>
      <Heading as="h1" style={{ fontSize: 20, lineHeight: "28px", color: "#111827", margin: "6px 0 4px" }}>
        {p.title}
      </Heading>
      <Text style={{ fontSize: 14, color: "#374151", margin: "0 0 16px" }}>
        <strong>{p.status}</strong>
        <br />
        {p.when} ({p.whenUtc})
      </Text>
      {p.window && (
        <Text style={{ fontSize: 14, color: "#111827", margin: "0 0 16px" }}>
          <strong>{t.window}</strong> {p.window.start} – {p.window.end}
        </Text>
      )}
      {/* Sanitized by the page's markdown rules, with remote images turned into links. */}
      <div dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
      {p.components.length > 0 && (
        <Text style={{ fontSize: 13, color: "#4b5563", margin: "12px 0 0" }}>
          {t.affected} {p.components.join(", ")}
        </Text>
      )}
      <Section style={{ margin: "24px 0 0" }}>
        <Button href={p.linkUrl} style={buttonStyle(p.brand)}>
          {p.linkLabel}
        </Button>
      </Section>
      <Text style={{ fontSize: 12, color: "#6b7280", margin: "16px 0 0" }}>
        {t.orOpen}{" "}
        <Link href={p.linkUrl} style={{ color: "#374151" }}>
          {p.linkUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}

/** The text part, written out rather than derived from the HTML: lists stay lists, links read "text (url)". */
export function eventEmailText(props: EventEmailProps): string {
  const p = EventEmailProps.parse(props);
  const t = messages(p.lang).email;
  return [
    p.pageName,
    "",
    p.label.toUpperCase(),
    p.title,
    p.status,
    `${p.when} (${p.whenUtc})`,
    ...(p.window ? ["", `${t.window} ${p.window.start} – ${p.window.end}`] : []),
    "",
    p.bodyText,
    ...(p.components.length ? ["", `${t.affected} ${p.components.join(", ")}`] : []),
    "",
    `${p.linkLabel}: ${p.linkUrl}`,
    "",
    "-- ",
    fill(t.why, { name: p.pageName }),
    `${t.manage}: ${p.manageUrl}`,
    `${t.unsubscribe}: ${p.unsubscribeUrl}`,
    "",
  ].join("\n");
}
