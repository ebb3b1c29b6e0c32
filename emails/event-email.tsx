import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";

export const EventEmailProps = z.object({
  pageName: z.string(),
  pageUrl: z.url(),
  /** "Incident", "Update", "Resolved", "Postmortem", "Scheduled maintenance", … */
  label: z.string(),
  title: z.string(),
  /** Status line, e.g. "Identified · Major impact". */
  status: z.string(),
  /** Plain-text paragraphs of the update (markdown is kept readable as text). */
  body: z.string(),
  /** Time of the event in the page's zone with the zone named, and in UTC. */
  when: z.string(),
  whenUtc: z.string(),
  components: z.array(z.string()),
  linkUrl: z.url(),
  linkLabel: z.string(),
  manageUrl: z.url(),
  unsubscribeUrl: z.url(),
});
export type EventEmailProps = z.infer<typeof EventEmailProps>;

export function EventEmail(props: EventEmailProps) {
  const p = EventEmailProps.parse(props);
  return (
    <EmailLayout pageName={p.pageName} pageUrl={p.pageUrl} preview={`${p.label}: ${p.title}`} manageUrl={p.manageUrl} unsubscribeUrl={p.unsubscribeUrl}>
      <Text style={{ fontSize: 12, fontWeight: 600, letterSpacing: 0.4, textTransform: "uppercase", color: "#6b7280", margin: 0 }}>{p.label}</Text>
      <Heading as="h1" style={{ fontSize: 20, lineHeight: "28px", color: "#111827", margin: "6px 0 4px" }}>{p.title}</Heading>
      <Text style={{ fontSize: 14, color: "#374151", margin: "0 0 16px" }}>
        <strong>{p.status}</strong>
        <br />
        {p.when} ({p.whenUtc})
      </Text>
      {p.body.split(/\n{2,}/).map((paragraph, i) => (
        <Text key={i} style={{ fontSize: 15, lineHeight: "23px", color: "#111827", margin: "0 0 12px", whiteSpace: "pre-line" }}>{paragraph}</Text>
      ))}
      {p.components.length > 0 && (
        <Text style={{ fontSize: 13, color: "#4b5563", margin: "12px 0 0" }}>Affected: {p.components.join(", ")}</Text>
      )}
      <Section style={{ margin: "24px 0 0" }}>
        <Button href={p.linkUrl} style={{ backgroundColor: "#111827", color: "#ffffff", borderRadius: 6, padding: "10px 16px", fontSize: 14, fontWeight: 600 }}>
          {p.linkLabel}
        </Button>
      </Section>
      <Text style={{ fontSize: 12, color: "#6b7280", margin: "16px 0 0" }}>
        Or open <Link href={p.linkUrl} style={{ color: "#374151" }}>{p.linkUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
