import type { Metadata } from "next";
import { PublicCard } from "@/components/subscribe/public-card";
import { TokenActionForm } from "@/components/subscribe/token-action-form";
import { messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { leaveChatAction } from "../../subscribe/chat/actions";

async function texts() {
  return messages(pageLanguage((await readPublicSnapshot())?.snapshot)).chat;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts()).leaveTitle, referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The link in every message to a visitor's channel; only the button (a POST) removes it. */
export default async function LeaveChatPage({ params }: Props) {
  const { token } = await params;
  const t = await texts();
  return (
    <PublicCard title={t.leaveTitle} description={<p>{t.leaveQuestion}</p>}>
      <TokenActionForm token={token} label={t.leave} pendingLabel={t.leaving} variant="danger" action={leaveChatAction} />
    </PublicCard>
  );
}
