import type { Metadata } from "next";
import { pickerSections } from "@/components/subscribe/picker-options";
import { linkClass, Notice, PublicCard } from "@/components/subscribe/public-card";
import { SubscribeForm } from "@/components/subscribe/subscribe-form";
import { fillNodes } from "@/lib/i18n/fill-nodes";
import { fill, messages, type Language } from "@/lib/i18n";
import { findPublicIncident } from "@/server/public/find-incident";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import type { PublicIncident } from "@/server/public/snapshot-types";
import { subscribeAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const all = messages(pageLanguage((await readPublicSnapshot())?.snapshot));
  return { title: typeof (await searchParams).incident === "string" ? all.follow.metaTitle : all.subscribe.title };
}

// Rendered from the in-memory snapshot: no database read until the form is sent.
export default async function SubscribePage({ searchParams }: Props) {
  const [view, params] = await Promise.all([readPublicSnapshot(), searchParams]);
  if (!view) return null; // the layout explains
  const t = messages(pageLanguage(view.snapshot)).subscribe;
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : undefined;
  if (typeof params.incident === "string") {
    const incident = await findPublicIncident(view.snapshot, params.incident.slice(0, 200));
    return <FollowIncident incident={incident} email={email} pageName={view.snapshot.page.name} lang={pageLanguage(view.snapshot)} />;
  }
  return (
    <PublicCard
      title={t.title}
      description={
        <p>
          {fill(t.intro, { name: view.snapshot.page.name })}{" "}
          <a href="/subscribe/chat" className={linkClass}>
            {t.chatLink}
          </a>
          .
        </p>
      }
    >
      <SubscribeForm sections={pickerSections(view.snapshot.rows)} email={email} action={subscribeAction} />
    </PublicCard>
  );
}

type FollowProps = { incident: PublicIncident | null; email?: string; pageName: string; lang: Language };

/** /subscribe?incident=<slug>: follow that incident only, or why it cannot be followed. */
function FollowIncident({ incident, email, pageName, lang }: FollowProps) {
  const t = messages(lang).follow;
  const whole = (
    <a href="/subscribe" className={linkClass}>
      {fill(t.whole, { name: pageName })}
    </a>
  );
  const incidentLink = incident && (
    <a href={`/incidents/${encodeURIComponent(incident.slug)}`} className={linkClass}>
      {incident.title}
    </a>
  );
  if (!incident || incident.status === "resolved") {
    return (
      <PublicCard title={t.heading}>
        <Notice tone="info">
          {incident ? fillNodes(t.resolved, { incident: incidentLink }) : t.unknown} {fillNodes(t.next, { whole })}
        </Notice>
      </PublicCard>
    );
  }
  return (
    <PublicCard title={t.title} description={<p>{fillNodes(t.intro, { incident: incidentLink, name: pageName, whole })}</p>}>
      <SubscribeForm
        sections={[]}
        email={email}
        incident={{ id: incident.id, slug: incident.slug, title: incident.title }}
        action={subscribeAction}
      />
    </PublicCard>
  );
}
