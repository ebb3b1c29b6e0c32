export const CHAT_KINDS = ["slack", "teams", "discord", "generic"] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

/** Colour family of a message: drives Slack/Discord colour and Teams' container style. */
export type ChatTone = "critical" | "major" | "minor" | "maintenance" | "resolved" | "info";

/** One announcement as chat channels get it, whatever the provider. */
export type ChatMessage = {
  /** The notification kind, e.g. "incident_published", "maintenance_started", "chat_confirm". */
  event: string;
  /** "Incident", "Update", "Resolved", "Postmortem", "Scheduled maintenance", … */
  label: string;
  title: string;
  /** e.g. "Investigating · Major outage" */
  status: string;
  /** Plain text body (markdown already rendered to text). */
  text: string;
  components: string[];
  /** Maintenance window, already formatted for display. */
  window: { start: string; end: string } | null;
  url: string;
  linkLabel: string;
  at: Date;
  tone: ChatTone;
  pageName: string;
  /** Where the channel's owner can stop these messages (absent for admin-added channels). */
  manageUrl?: string;
  /** The message's own few words in the page's language (the rest comes translated in the fields above). */
  words: ChatWords;
};

export type ChatWords = { affected: string; window: string; stop: string };

export function toneOf(event: string, impact: string | null): ChatTone {
  if (event === "incident_resolved" || event === "maintenance_completed") return "resolved";
  if (event.startsWith("maintenance_")) return "maintenance";
  if (impact === "critical" || impact === "major" || impact === "minor") return impact;
  return "info";
}

export const TONE_COLOR: Record<ChatTone, string> = {
  critical: "#B91C1C",
  major: "#EA580C",
  minor: "#CA8A04",
  maintenance: "#2563EB",
  resolved: "#15803D",
  info: "#475569",
};
