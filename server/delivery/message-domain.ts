import { resolvePublicUrl } from "@/server/public/public-url";

// Message-ID domain: the sender's domain, else the page's host.
export function messageDomain(setting: { senderEmail: string; publicUrl: string } | null): string {
  const fromSender = setting?.senderEmail.split("@")[1];
  if (fromSender) return fromSender;
  try {
    return new URL(resolvePublicUrl(setting?.publicUrl)).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

/**
 * An email's Message-ID, derived from its delivery at send time: the same for every attempt of
 * that delivery, and no column (or unique index) per row to store it.
 */
export function deliveryMessageId(deliveryId: string, domain: string): string {
  return `<${deliveryId}@${domain}>`;
}
