import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManageForm } from "@/components/subscribe/manage-form";
import { pickerSections } from "@/components/subscribe/picker-options";
import { FollowedIncident } from "@/components/subscribe/followed-incident";
import { Notice, PublicCard } from "@/components/subscribe/public-card";
import { UnsubscribedNotice, UnsubscribeForm } from "@/components/subscribe/unsubscribe-form";
import { fillNodes } from "@/lib/i18n/fill-nodes";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { readSubscriptionPage } from "@/server/subscriber";
import { unsubscribeAction, updateSubscriptionAction } from "../actions";

// The token is a secret: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  const title = messages(pageLanguage((await readPublicSnapshot())?.snapshot)).subscription.title;
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The manage link from every email: change components, or leave. Reads the subscriber by its token. */
export default async function SubscriptionPage({ params }: Props) {
  const manageToken = (await params).token;
  const { view, subscription } = await readSubscriptionPage(manageToken);
  if (!view) return null; // the layout explains
  if (!subscription) notFound();
  const pageName = view.snapshot.page.name;
  const t = messages(pageLanguage(view.snapshot)).subscription;
  const suppressed = subscription.status === "bounced" ? t.bounced : subscription.status === "complained" ? t.complained : null;
  const description = (
    <p>{fillNodes(t.updatesTo, { name: pageName, email: <strong className="break-all">{subscription.email}</strong> })}</p>
  );

  if (subscription.status === "unsubscribed") {
    return (
      <PublicCard title={t.title} description={description}>
        <UnsubscribedNotice email={subscription.email} pageName={pageName} />
      </PublicCard>
    );
  }
  if (subscription.incident) {
    return (
      <PublicCard title={t.title} description={description}>
        <FollowedIncident
          subscription={{ ...subscription, incident: subscription.incident }}
          manageToken={manageToken}
          pageName={pageName}
          lang={pageLanguage(view.snapshot)}
          suppressed={suppressed ? `${suppressed} ${t.resume}` : undefined}
          action={unsubscribeAction}
        />
      </PublicCard>
    );
  }
  if (suppressed) {
    return (
      <PublicCard title={t.title} description={description}>
        <Notice tone="info">
          {suppressed} {t.resume}
        </Notice>
      </PublicCard>
    );
  }
  return (
    <PublicCard title={t.title} description={description}>
      {subscription.status === "pending" && <Notice tone="info">{t.pending}</Notice>}
      <ManageForm
        manageToken={manageToken}
        sections={pickerSections(view.snapshot.rows)}
        selected={subscription.componentIds}
        action={updateSubscriptionAction}
      />
      <div className="flex flex-col gap-3 border-t border-slate-200 pt-5 dark:border-slate-800">
        <h2 className="text-base font-semibold">{t.unsubscribeHeading}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{fill(t.stopAll, { name: pageName })}</p>
        <UnsubscribeForm manageToken={manageToken} pageName={pageName} action={unsubscribeAction} />
      </div>
    </PublicCard>
  );
}
