import type { Metadata } from "next";
import { ChatSubscribeForm } from "@/components/subscribe/chat-subscribe-form";
import { pickerSections } from "@/components/subscribe/picker-options";
import { PublicCard } from "@/components/subscribe/public-card";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { subscribeChatAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(pageLanguage((await readPublicSnapshot())?.snapshot)).chat.title };
}

// Rendered from the in-memory snapshot: no database read until the form is sent.
export default async function ChatSubscribePage() {
  const view = await readPublicSnapshot();
  if (!view) return null; // the layout explains
  const t = messages(pageLanguage(view.snapshot)).chat;
  return (
    <PublicCard title={t.title} description={<p>{fill(t.intro, { name: view.snapshot.page.name })}</p>}>
      <ChatSubscribeForm sections={pickerSections(view.snapshot.rows)} action={subscribeChatAction} />
    </PublicCard>
  );
}
