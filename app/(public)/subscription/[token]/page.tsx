import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManageForm } from "@/components/subscribe/manage-form";
import { pickerSections } from "@/components/subscribe/picker-options";
import { FollowedIncident } from "@/components/subscribe/followed-incident";
import { Notice, PublicCard } from "@/components/subscribe/public-card";
import { UnsubscribedNotice, UnsubscribeForm } from "@/components/subscribe/unsubscribe-form";
import { readSubscriptionPage } from "@/server/subscriber";
import { unsubscribeAction, updateSubscriptionAction } from "../actions";

// The token is a secret: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Your subscription", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

const SUPPRESSED: Record<string, string> = {
  bounced: "Emails to this address bounced, so we stopped sending them.",
  complained: "This address reported our emails as spam, so we stopped sending them.",
};

/** The manage link from every email: change components, or leave. Reads the subscriber by its token. */
export default async function SubscriptionPage({ params }: Props) {
  const manageToken = (await params).token;
  const { view, subscription } = await readSubscriptionPage(manageToken);
  if (!view) return null; // the layout explains
  if (!subscription) notFound();
  const pageName = view.snapshot.page.name;
  const description = (
    <p>
      Updates from {pageName} to <strong className="break-all">{subscription.email}</strong>.
    </p>
  );

  if (subscription.status === "unsubscribed") {
    return (
      <PublicCard title="Your subscription" description={description}>
        <UnsubscribedNotice email={subscription.email} pageName={pageName} />
      </PublicCard>
    );
  }
  if (subscription.incident) {
    return (
      <PublicCard title="Your subscription" description={description}>
        <FollowedIncident
          subscription={{ ...subscription, incident: subscription.incident }}
          manageToken={manageToken}
          pageName={pageName}
          suppressed={SUPPRESSED[subscription.status]}
          action={unsubscribeAction}
        />
      </PublicCard>
    );
  }
  if (SUPPRESSED[subscription.status]) {
    return (
      <PublicCard title="Your subscription" description={description}>
        <Notice tone="info">
          {SUPPRESSED[subscription.status]} If the address works again, ask the team behind this page to resume them.
        </Notice>
      </PublicCard>
    );
  }
  return (
    <PublicCard title="Your subscription" description={description}>
      {subscription.status === "pending" && (
        <Notice tone="info">
          Not confirmed yet: open the confirmation email we sent and press its button. Until then you get no updates.
        </Notice>
      )}
      <ManageForm
        manageToken={manageToken}
        sections={pickerSections(view.snapshot.rows)}
        selected={subscription.componentIds}
        action={updateSubscriptionAction}
      />
      <div className="flex flex-col gap-3 border-t border-slate-200 pt-5 dark:border-slate-800">
        <h2 className="text-base font-semibold">Unsubscribe</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">Stop all emails from {pageName}. You can subscribe again later.</p>
        <UnsubscribeForm manageToken={manageToken} pageName={pageName} action={unsubscribeAction} />
      </div>
    </PublicCard>
  );
}
