import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailBrand, EmailLayout } from "./layout";

export const ConfirmEmailProps = z.object({
  pageName: z.string(),
  pageUrl: z.url(),
  brand: EmailBrand.nullish(),
  confirmUrl: z.url(),
  expiresIn: z.string(),
  components: z.array(z.string()),
  /** Set: the subscription follows this one incident (its updates until it is resolved). */
  incident: z.object({ title: z.string(), url: z.url() }).nullish(),
});
export type ConfirmEmailProps = z.infer<typeof ConfirmEmailProps>;

export function ConfirmEmail(props: ConfirmEmailProps) {
  const p = ConfirmEmailProps.parse(props);
  return (
    <EmailLayout
      brand={p.brand}
      pageName={p.pageName}
      pageUrl={p.pageUrl}
      preview={p.incident ? `Confirm: follow ${p.incident.title}` : `Confirm your subscription to ${p.pageName}`}
    >
      <Heading as="h1" style={{ fontSize: 20, color: "#111827", margin: "0 0 12px" }}>
        Confirm your subscription
      </Heading>
      {p.incident ? (
        <Text style={{ fontSize: 15, lineHeight: "23px", color: "#111827" }}>
          Someone (hopefully you) asked to get email from {p.pageName} about one incident,{" "}
          <Link href={p.incident.url} style={{ color: "#111827", fontWeight: 600 }}>
            {p.incident.title}
          </Link>
          , until it is resolved: every update, then the resolution, and nothing else. Confirm to start receiving them.
        </Text>
      ) : (
        <Text style={{ fontSize: 15, lineHeight: "23px", color: "#111827" }}>
          Someone (hopefully you) asked to get email from {p.pageName} when an incident or maintenance affects{" "}
          {p.components.length ? p.components.join(", ") : "any of its services"}. Confirm to start receiving them.
        </Text>
      )}
      <Section style={{ margin: "20px 0" }}>
        <Button href={p.confirmUrl} style={buttonStyle(p.brand)}>
          Confirm subscription
        </Button>
      </Section>
      <Text style={{ fontSize: 13, color: "#4b5563" }}>
        The link works once and expires in {p.expiresIn}. If you did not ask for this, ignore this email: nothing happens.
      </Text>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        <Link href={p.confirmUrl} style={{ color: "#374151" }}>
          {p.confirmUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}
