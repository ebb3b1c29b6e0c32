import type { ComponentProps } from "react";
import type { SubscriptionView } from "@/server/subscriber/get-subscription";
import { linkClass, Notice } from "./public-card";
import { UnsubscribedNotice, UnsubscribeForm } from "./unsubscribe-form";

type Props = {
  subscription: SubscriptionView & { incident: NonNullable<SubscriptionView["incident"]> };
  manageToken: string;
  pageName: string;
  /** Why mail stopped, when it was suppressed (bounce, complaint). */
  suppressed?: string;
  action: ComponentProps<typeof UnsubscribeForm>["action"];
};

/** The manage page of a subscription to one incident: what it follows, until when, and the way out. */
export function FollowedIncident({ subscription, manageToken, pageName, suppressed, action }: Props) {
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
        <p>{incidentLink} has been resolved, so this subscription to it has ended: there are no more updates to send.</p>
        <p className="mt-2">
          Want to hear about the next one?{" "}
          <a href={`/subscribe?email=${encodeURIComponent(email)}`} className={linkClass}>
            Subscribe to {pageName}
          </a>
        </p>
      </Notice>
    );
  }
  return (
    <>
      <p className="text-sm">
        You follow one incident: {incidentLink}. You get its updates and its resolution, nothing else; the subscription ends when it is
        resolved.
      </p>
      {suppressed && <Notice tone="info">{suppressed} If the address works again, ask the team behind this page to resume them.</Notice>}
      {status === "pending" && (
        <Notice tone="info">
          Not confirmed yet: open the confirmation email we sent and press its button. Until then you get no updates.
        </Notice>
      )}
      <UnsubscribeForm manageToken={manageToken} label="Stop following" pageName={pageName} action={action} />
    </>
  );
}
