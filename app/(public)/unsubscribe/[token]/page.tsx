import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass, Notice, PublicCard } from "@/components/subscribe/public-card";
import { UnsubscribedNotice, UnsubscribeForm } from "@/components/subscribe/unsubscribe-form";
import { fillNodes } from "@/lib/i18n/fill-nodes";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { readSubscriptionPage } from "@/server/subscriber";
import { unsubscribeAction } from "../../subscription/actions";

// The token is a secret: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  const title = messages(pageLanguage((await readPublicSnapshot())?.snapshot)).subscription.unsubscribeHeading;
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The footer link of every email: asks first (a GET never unsubscribes), then a POST button. */
export default async function UnsubscribePage({ params }: Props) {
  const manageToken = (await params).token;
  const { view, subscription } = await readSubscriptionPage(manageToken);
  if (!view) return null; // the layout explains
  if (!subscription) notFound();
  const { email, status } = subscription;
  const pageName = view.snapshot.page.name;
  const t = messages(pageLanguage(view.snapshot)).subscription;
  if (status !== "active" && status !== "pending") {
    return (
      <PublicCard title={t.unsubscribeHeading}>
        {status === "unsubscribed" ? (
          <UnsubscribedNotice email={email} pageName={pageName} />
        ) : (
          <Notice tone="info">{fill(t.stopped, { email, name: pageName })}</Notice>
        )}
      </PublicCard>
    );
  }
  return (
    <PublicCard
      title={t.unsubscribeHeading}
      description={<p>{fillNodes(t.unsubscribeQuestion, { email: <strong className="break-all">{email}</strong>, name: pageName })}</p>}
    >
      <UnsubscribeForm manageToken={manageToken} label={t.yes} pageName={pageName} action={unsubscribeAction}>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {fillNodes(t.tooMany, {
            link: (
              <Link href={`/subscription/${encodeURIComponent(manageToken)}`} className={linkClass}>
                {t.chooseOnly}
              </Link>
            ),
          })}
        </p>
      </UnsubscribeForm>
    </PublicCard>
  );
}
