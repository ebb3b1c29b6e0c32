import type { Metadata } from "next";
import { ChatSubscribeForm } from "@/components/subscribe/chat-subscribe-form";
import { pickerSections } from "@/components/subscribe/picker-options";
import { PublicCard } from "@/components/subscribe/public-card";
import { readPublicSnapshot } from "@/server/public/read-snapshot";
import { subscribeChatAction } from "./actions";

export const metadata: Metadata = { title: "Updates in Slack, Teams or Discord" };

// Rendered from the in-memory snapshot: no database read until the form is sent.
export default async function ChatSubscribePage() {
  const view = await readPublicSnapshot();
  if (!view) return null; // the layout explains
  return (
    <PublicCard
      title="Updates in Slack, Teams or Discord"
      description={
        <p>
          Get {view.snapshot.page.name}&apos;s incidents, updates and maintenance in a chat channel. We post a confirmation message there
          first; nothing else until someone in the channel confirms.
        </p>
      }
    >
      <ChatSubscribeForm sections={pickerSections(view.snapshot.rows)} action={subscribeChatAction} />
    </PublicCard>
  );
}
