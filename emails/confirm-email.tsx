import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { fill, messages } from "@/lib/i18n";
import { LANGUAGES } from "@/lib/i18n/languages";
import { fillNodes } from "@/lib/i18n/fill-nodes";
import { buttonStyle, EmailBrand, EmailLayout } from "./layout";

export const ConfirmEmailProps = z.object({
  pageName: z.string(),
  pageUrl: z.url(),
  brand: EmailBrand.nullish(),
  lang: z.enum(LANGUAGES).default("en"),
  confirmUrl: z.url(),
  expiresIn: z.string(),
  components: z.array(z.string()),
  /** Set: the subscription follows this one incident (its updates until it is resolved). */
  incident: z.object({ title: z.string(), url: z.url() }).nullish(),
});
export type ConfirmEmailProps = z.input<typeof ConfirmEmailProps>;

export function ConfirmEmail(props: ConfirmEmailProps) {
  const p = ConfirmEmailProps.parse(props);
  const t = messages(p.lang).email;
  return (
    <EmailLayout
      lang={p.lang}
      brand={p.brand}
      pageName={p.pageName}
      pageUrl={p.pageUrl}
      preview={p.incident ? fill(t.followPreview, { title: p.incident.title }) : fill(t.confirmSubject, { name: p.pageName })}
    >
      <Heading as="h1" style={{ fontSize: 20, color: "#111827", margin: "0 0 12px" }}>
        {t.confirmHeading}
      </Heading>
      <Text style={{ fontSize: 15, lineHeight: "23px", color: "#111827" }}>
        {p.incident
          ? fillNodes(t.followBody, {
              name: p.pageName,
              incident: (
                <Link href={p.incident.url} style={{ color: "#111827", fontWeight: 600 }}>
                  {p.incident.title}
                </Link>
              ),
            })
          : fill(t.confirmBody, { name: p.pageName, components: p.components.length ? p.components.join(", ") : t.anyService })}
      </Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={p.confirmUrl} style={buttonStyle(p.brand)}>
          {t.confirmButton}
        </Button>
      </Section>
      <Text style={{ fontSize: 13, color: "#4b5563" }}>{fill(t.confirmExpiry, { expiresIn: p.expiresIn })}</Text>
      <Text style={{ fontSize: 12, color: "#6b7280" }}>
        <Link href={p.confirmUrl} style={{ color: "#374151" }}>
          {p.confirmUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}
