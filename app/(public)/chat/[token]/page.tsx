import type { Metadata } from "next";
import { PublicCard } from "@/components/subscribe/public-card";
import { TokenActionForm } from "@/components/subscribe/token-action-form";
import { leaveChatAction } from "../../subscribe/chat/actions";

export const metadata: Metadata = { title: "Stop chat updates", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** The link in every message to a visitor's channel; only the button (a POST) removes it. */
export default async function LeaveChatPage({ params }: Props) {
  const { token } = await params;
  return (
    <PublicCard title="Stop chat updates" description={<p>Stop posting status updates to the channel this link came from?</p>}>
      <TokenActionForm token={token} label="Stop the updates" pendingLabel="Stopping…" variant="danger" action={leaveChatAction} />
    </PublicCard>
  );
}
