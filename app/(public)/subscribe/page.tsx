import type { Metadata } from "next";
import { pickerSections } from "@/components/subscribe/picker-options";
import { linkClass, PublicCard } from "@/components/subscribe/public-card";
import { SubscribeForm } from "@/components/subscribe/subscribe-form";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { subscribeAction } from "./actions";

export const metadata: Metadata = { title: "Subscribe to updates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered from the in-memory snapshot: no database read until the form is sent.
export default async function SubscribePage({ searchParams }: Props) {
  const [view, params] = await Promise.all([readPublicSnapshot(), searchParams]);
  if (!view) return null; // the layout explains
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : undefined;
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
