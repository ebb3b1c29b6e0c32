import type { Tx } from "@/server/context";
import { resolvePublicUrl } from "@/server/settings/public-url";

// Message-ID domain: the sender's domain, else the page's host.
export async function messageDomain(tx: Tx): Promise<string> {
  const setting = await tx.setting.findUnique({ where: { id: "default" }, select: { senderEmail: true, publicUrl: true } });
  const fromSender = setting?.senderEmail.split("@")[1];
  if (fromSender) return fromSender;
  try {
    return new URL(resolvePublicUrl(setting?.publicUrl)).hostname || "localhost";
  } catch {
    return "localhost";
  }
}
