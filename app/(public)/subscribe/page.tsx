import type { Metadata } from "next";
import { pickerSections } from "@/components/subscribe/picker-options";
import { linkClass, PublicCard } from "@/components/subscribe/public-card";
import { SubscribeForm } from "@/components/subscribe/subscribe-form";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { subscribeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(pageLanguage((await readPublicSnapshot())?.snapshot)).subscribe.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered from the in-memory snapshot: no database read until the form is sent.
export default async function SubscribePage({ searchParams }: Props) {
  const [view, params] = await Promise.all([readPublicSnapshot(), searchParams]);
  if (!view) return null; // the layout explains
  const t = messages(pageLanguage(view.snapshot)).subscribe;
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : undefined;
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
