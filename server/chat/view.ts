import { parseComponents } from "@/server/outbox/chat";
import type { ChatKind } from "./message";

type Row = {
  id: string;
  kind: string;
  url: string;
  label: string;
  status: string;
  source: string;
  components: string;
  disabledReason: string | null;
  createdAt: Date;
};

export type ChatChannelView = Omit<Row, "url" | "components" | "kind"> & { kind: ChatKind; urlHint: string; componentIds: string[] };

/**
 * What leaves the server about a channel. The webhook URL is a credential (whoever has it can post
 * to the channel), so only its host and last characters are shown, enough to recognise it.
 */
export function chatChannelView(row: Row): ChatChannelView {
  const { url, components, kind, ...rest } = row;
  return { ...rest, kind: kind as ChatKind, urlHint: maskUrl(url), componentIds: parseComponents(components) };
}

export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const tail = parsed.pathname.length > 4 ? parsed.pathname.slice(-4) : "";
    return `${parsed.protocol}//${parsed.host}/…${tail}`;
  } catch {
    return "…";
  }
}
