import type { Metadata } from "next";
import { PublicCard } from "@/components/subscribe/public-card";
import { TokenActionForm } from "@/components/subscribe/token-action-form";
import { confirmChatAction } from "../../../subscribe/chat/actions";

// The token is a secret: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Confirm chat updates", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** Only the button (a POST) confirms: chat apps fetch links to preview them. */
export default async function ConfirmChatPage({ params }: Props) {
  const { token } = await params;
  return (
    <PublicCard
      title="Confirm chat updates"
      description={<p>Post this page&apos;s incidents, updates and maintenance to the channel this link was posted in?</p>}
    >
      <TokenActionForm token={token} label="Confirm" pendingLabel="Confirming…" action={confirmChatAction} />
    </PublicCard>
  );
}
