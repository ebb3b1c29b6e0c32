import type { Metadata } from "next";
import { PublicCard } from "@/components/subscribe/public-card";
import { TokenActionForm } from "@/components/subscribe/token-action-form";
import { messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { confirmChatAction } from "../../../subscribe/chat/actions";

async function texts() {
  return messages(pageLanguage((await readPublicSnapshot())?.snapshot)).chat;
}

// The token is a secret: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts()).confirmTitle, referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** Only the button (a POST) confirms: chat apps fetch links to preview them. */
export default async function ConfirmChatPage({ params }: Props) {
  const { token } = await params;
  const t = await texts();
  return (
    <PublicCard title={t.confirmTitle} description={<p>{t.confirmQuestion}</p>}>
      <TokenActionForm token={token} label={t.confirm} pendingLabel={t.confirming} action={confirmChatAction} />
    </PublicCard>
  );
}
