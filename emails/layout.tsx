import { Body, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import { z } from "zod";
import type { ReactNode } from "react";
import { fill, messages, type Language } from "@/lib/i18n";

/** Settings → Branding, as the emails use it: the logo (absolute) beside the page name, the accent on buttons. */
export const EmailBrand = z.object({
  logoUrl: z.url().nullish(),
  accentColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/)
    .nullish(),
});
export type EmailBrand = z.infer<typeof EmailBrand>;

export const DEFAULT_BUTTON = "#111827";

/** The button style of every email: the page's accent (checked for white text at WCAG AA when saved). */
export const buttonStyle = (brand?: EmailBrand | null) => ({
  backgroundColor: brand?.accentColor ?? DEFAULT_BUTTON,
  color: "#ffffff",
  borderRadius: 6,
  padding: "10px 16px",
  fontSize: 14,
  fontWeight: 600,
});

export type LayoutProps = {
  brand?: EmailBrand | null;
  pageName: string;
  pageUrl: string;
  preview: string;
  /** Manage/unsubscribe links; absent on the confirmation email (nothing to leave yet). */
  manageUrl?: string;
  unsubscribeUrl?: string;
  /** The page's language (Settings → Language); English when absent. */
  lang?: Language;
  children: ReactNode;
};

const font = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** Shared frame: page name on top, the message, then why you get it and how to stop. */
export function EmailLayout({ brand, pageName, pageUrl, preview, manageUrl, unsubscribeUrl, lang = "en", children }: LayoutProps) {
  const t = messages(lang).email;
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container
          style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 560, padding: "28px 32px", border: "1px solid #e5e7eb" }}
        >
          <Text style={{ fontSize: 14, fontWeight: 700, color: "#111827", margin: "0 0 20px" }}>
            <Link href={pageUrl} style={{ color: "#111827", textDecoration: "none" }}>
              {brand?.logoUrl && (
                <Img
                  src={brand.logoUrl}
                  alt=""
                  width={24}
                  height={24}
                  style={{ display: "inline-block", verticalAlign: "middle", marginRight: 8 }}
                />
              )}
              {pageName}
            </Link>
          </Text>
          {children}
          <Hr style={{ borderColor: "#e5e7eb", margin: "28px 0 16px" }} />
          <Section>
            <Text style={{ fontSize: 12, lineHeight: "18px", color: "#6b7280", margin: 0 }}>
              {fill(t.why, { name: pageName })}{" "}
              {manageUrl && (
                <Link href={manageUrl} style={{ color: "#374151" }}>
                  {t.manage}
                </Link>
              )}
              {manageUrl && unsubscribeUrl && " · "}
              {unsubscribeUrl && (
                <Link href={unsubscribeUrl} style={{ color: "#374151" }}>
                  {t.unsubscribe}
                </Link>
              )}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
