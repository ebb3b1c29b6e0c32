import type { ComponentProps } from "react";
import { fillNodes } from "@/lib/i18n/fill-nodes";
import { fill, messages, type Language } from "@/lib/i18n";
import type { SubscriptionView } from "@/server/subscriber/get-subscription";
import { linkClass, Notice } from "./public-card";
import { UnsubscribedNotice, UnsubscribeForm } from "./unsubscribe-form";

type Props = {
  subscription: SubscriptionView & { incident: NonNullable<SubscriptionView["incident"]> };
  manageToken: string;
  pageName: string;
  lang: Language;
  /** Why mail stopped, when it was suppressed (bounce, complaint). */
  suppressed?: string;
  action: ComponentProps<typeof UnsubscribeForm>["action"];
};

/** The manage page of a subscription to one incident: what it follows, until when, and the way out. */
export function FollowedIncident({ subscription, manageToken, pageName, lang, suppressed, action }: Props) {
  const all = messages(lang);
  const t = all.follow;
  const { incident, status, email } = subscription;
  const incidentLink = (
    <a href={`/incidents/${encodeURIComponent(incident.slug)}`} className={linkClass}>
      {incident.title}
    </a>
  );
  if (status === "unsubscribed") return <UnsubscribedNotice email={email} pageName={pageName} />;
  if (status === "ended") {
    return (
      <Notice tone="info">
        <p>{fillNodes(t.ended, { incident: incidentLink })}</p>
        <p className="mt-2">
          {t.endedNext}{" "}
          <a href={`/subscribe?email=${encodeURIComponent(email)}`} className={linkClass}>
            {fill(t.subscribeTo, { name: pageName })}
          </a>
        </p>
      </Notice>
    );
  }
  return (
    <>
      <p className="text-sm">{fillNodes(t.youFollow, { incident: incidentLink })}</p>
      {suppressed && <Notice tone="info">{suppressed}</Notice>}
      {status === "pending" && <Notice tone="info">{all.subscription.pending}</Notice>}
      <UnsubscribeForm manageToken={manageToken} label={t.stop} pageName={pageName} action={action} />
    </>
  );
}
