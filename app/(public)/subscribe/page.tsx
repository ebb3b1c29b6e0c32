import type { Metadata } from "next";
import { pickerSections } from "@/components/subscribe/picker-options";
import { linkClass, Notice, PublicCard } from "@/components/subscribe/public-card";
import { SubscribeForm } from "@/components/subscribe/subscribe-form";
import { findPublicIncident } from "@/server/public/find-incident";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import type { PublicIncident } from "@/server/public/snapshot-types";
import { subscribeAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: typeof (await searchParams).incident === "string" ? "Follow an incident" : "Subscribe to updates" };
}

// Rendered from the in-memory snapshot: no database read until the form is sent.
export default async function SubscribePage({ searchParams }: Props) {
  const [view, params] = await Promise.all([readPublicSnapshot(), searchParams]);
  if (!view) return null; // the layout explains
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : undefined;
  if (typeof params.incident === "string") {
    const incident = await findPublicIncident(view.snapshot, params.incident.slice(0, 200));
    return <FollowIncident incident={incident} email={email} pageName={view.snapshot.page.name} />;
  }
  return (
    <PublicCard
      title="Subscribe to updates"
      description={
        <p>
          Get an email when {view.snapshot.page.name} publishes an incident, an update, or scheduled maintenance. Unsubscribe with one click
          at any time. Prefer a team channel?{" "}
          <a href="/subscribe/chat" className={linkClass}>
            Get the updates in Slack, Teams or Discord
          </a>
          .
        </p>
      }
    >
      <SubscribeForm sections={pickerSections(view.snapshot.rows)} email={email} action={subscribeAction} />
    </PublicCard>
  );
}

type FollowProps = { incident: PublicIncident | null; email?: string; pageName: string };

/** /subscribe?incident=<slug>: follow that incident only, or why it cannot be followed. */
function FollowIncident({ incident, email, pageName }: FollowProps) {
  const whole = (
    <a href="/subscribe" className={linkClass}>
      subscribe to all of {pageName}
    </a>
  );
  if (!incident || incident.status === "resolved") {
    return (
      <PublicCard title="Follow an incident">
        <Notice tone="info">
          {incident ? (
            <>
              <a href={`/incidents/${encodeURIComponent(incident.slug)}`} className={linkClass}>
                {incident.title}
              </a>{" "}
              is resolved: there are no more updates to follow.
            </>
          ) : (
            "There is no such incident."
          )}{" "}
          To hear about the next one, {whole}.
        </Notice>
      </PublicCard>
    );
  }
  return (
    <PublicCard
      title="Follow this incident"
      description={
        <p>
          Get an email for each update on{" "}
          <a href={`/incidents/${encodeURIComponent(incident.slug)}`} className={linkClass}>
            {incident.title}
          </a>{" "}
          and when it is resolved; then the emails stop by themselves. Nothing else from {pageName}. For every incident and maintenance,{" "}
          {whole}.
        </p>
      }
    >
      <SubscribeForm
        sections={[]}
        email={email}
        incident={{ id: incident.id, slug: incident.slug, title: incident.title }}
        action={subscribeAction}
      />
    </PublicCard>
  );
}
