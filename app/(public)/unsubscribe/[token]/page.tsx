import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass, Notice, PublicCard } from "@/components/subscribe/public-card";
import { UnsubscribedNotice, UnsubscribeForm } from "@/components/subscribe/unsubscribe-form";
import { readSubscriptionPage } from "@/server/subscriber";
import { unsubscribeAction } from "../../subscription/actions";

// The token is a secret: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** The footer link of every email: asks first (a GET never unsubscribes), then a POST button. */
export default async function UnsubscribePage({ params }: Props) {
  const manageToken = (await params).token;
  const { view, subscription } = await readSubscriptionPage(manageToken);
  if (!view) return null; // the layout explains
  if (!subscription) notFound();
  const { email, status } = subscription;
  const pageName = view.snapshot.page.name;
  if (status !== "active" && status !== "pending") {
    return (
      <PublicCard title="Unsubscribe">
        {status === "unsubscribed" ? (
          <UnsubscribedNotice email={email} pageName={pageName} />
        ) : (
          <Notice tone="info">
            {email} gets no emails from {pageName}: sending to it has been stopped.
          </Notice>
        )}
      </PublicCard>
    );
  }
  return (
    <PublicCard
      title="Unsubscribe"
      description={
        <p>
          Unsubscribe <strong className="break-all">{email}</strong> from all updates from {pageName}?
        </p>
      }
    >
      <UnsubscribeForm manageToken={manageToken} label="Yes, unsubscribe" pageName={pageName} action={unsubscribeAction}>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Too many emails?{" "}
          <Link href={`/subscription/${encodeURIComponent(manageToken)}`} className={linkClass}>
            Choose only the components you care about
          </Link>{" "}
          instead.
        </p>
      </UnsubscribeForm>
    </PublicCard>
  );
}
