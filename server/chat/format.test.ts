import { describe, expect, it } from "vitest";
import { checkDiscord, checkGeneric, checkSlack, checkTeams } from "@/test/chat-shapes";
import { formatChat } from "./format";
import { CHAT_KINDS, toneOf, type ChatMessage } from "./message";
import { truncate } from "./text";

const CHECKS = { slack: checkSlack, teams: checkTeams, discord: checkDiscord, generic: checkGeneric };

const incident: ChatMessage = {
  event: "incident_published",
  label: "Incident",
  title: "Elevated API errors",
  status: "Investigating · Major outage",
  text: "Requests to the API fail for some customers.",
  components: ["API", "Dashboard"],
  window: null,
  url: "https://status.example.com/incidents/elevated-api-errors",
  linkLabel: "View the incident",
  at: new Date("2026-12-05T10:00:00Z"),
  tone: "major",
  pageName: "Acme Status",
  words: { affected: "Affected", window: "Window", stop: "Stop these messages" },
};
const maintenance: ChatMessage = {
  ...incident,
  event: "maintenance_scheduled",
  label: "Scheduled maintenance",
  title: "Database upgrade",
  status: "Scheduled maintenance",
  components: [],
  window: { start: "Dec 6, 2026, 02:00 UTC", end: "Dec 6, 2026, 03:00 UTC" },
  url: "https://status.example.com/maintenance/database-upgrade",
  tone: "maintenance",
};
const confirm: ChatMessage = {
  ...incident,
  event: "chat_confirm",
  label: "Confirm",
  title: "Confirm status updates from Acme Status",
  status: "Waiting for confirmation",
  components: [],
  url: "https://status.example.com/chat/confirm/abc.def",
  linkLabel: "Confirm this channel",
  tone: "info",
};
const resolved: ChatMessage = {
  ...incident,
  event: "incident_resolved",
  label: "Resolved",
  text: "",
  tone: "resolved",
  manageUrl: "https://status.example.com/chat/x.y",
};

describe("formatChat", () => {
  it.each(CHAT_KINDS)("%s: the message's own words come from the message (the page's language)", (kind) => {
    const german = {
      ...resolved,
      components: ["API"],
      window: maintenance.window,
      words: { affected: "Betroffen", window: "Zeitraum", stop: "Diese Nachrichten beenden" },
    };
    const text = JSON.stringify(formatChat(kind, german));
    // The generic JSON has no labels: its consumers name the fields themselves.
    if (kind !== "generic") for (const word of Object.values(german.words)) expect(text).toContain(word);
    expect(text).not.toMatch(/Affected|Window|Stop these messages/);
  });

  it.each(CHAT_KINDS)("%s: every kind of message fits the provider's documented shape", (kind) => {
    for (const message of [incident, maintenance, confirm, resolved]) {
      const body = formatChat(kind, message);
      expect(CHECKS[kind](body), `${kind} ${message.event}`).toEqual([]);
      const text = JSON.stringify(body);
      expect(text).toContain(message.url);
      expect(text).toContain(message.title);
    }
    expect(JSON.stringify(formatChat(kind, maintenance))).toContain("Dec 6, 2026, 02:00 UTC");
    expect(JSON.stringify(formatChat(kind, resolved))).toContain("https://status.example.com/chat/x.y");
  });

  it.each(CHAT_KINDS)("%s: a 500-character title and a 10,000-character body stay within the limits", (kind) => {
    const long = {
      ...incident,
      title: "T".repeat(500),
      text: "😀 body ".repeat(1_500),
      components: Array.from({ length: 300 }, (_, i) => `Component ${i}`),
    };
    expect(CHECKS[kind](formatChat(kind, long))).toEqual([]);
  });

  it("neutralises mentions and links in operator text", () => {
    const hostile = {
      ...incident,
      title: "<!channel> down",
      text: "<!here> @everyone <https://evil.example|click> [x](https://evil.example) **bold**",
    };
    const slack = JSON.stringify(formatChat("slack", hostile));
    expect(slack).not.toMatch(/<!channel>|<!here>|<https:\/\/evil/);
    expect(slack).toContain("&lt;!here&gt;");
    const discord = formatChat("discord", hostile);
    expect(discord.allowed_mentions).toEqual({ parse: [] });
    const teams = JSON.stringify(formatChat("teams", hostile));
    expect(teams).toContain("\\\\[x\\\\]");
    expect(teams).toContain("\\\\*\\\\*bold");
  });

  it("leaves out a Discord username Discord would refuse", () => {
    expect(formatChat("discord", incident).username).toBe("Acme Status");
    for (const pageName of ["Discord Status", "Status @ Acme", "Everyone's status"])
      expect(formatChat("discord", { ...incident, pageName })).not.toHaveProperty("username");
  });

  it("the checkers find a broken body (so they can fail)", () => {
    expect(checkSlack({ blocks: [{ type: "header", text: { type: "mrkdwn", text: "x" } }] })).not.toEqual([]);
    expect(checkTeams({ type: "message", attachments: [] })).not.toEqual([]);
    expect(checkDiscord({ embeds: [{ title: "x".repeat(300) }] })).not.toEqual([]);
    expect(checkDiscord({ username: "only" })).not.toEqual([]);
    expect(checkGeneric({ ...formatChat("generic", incident), url: "javascript:alert(1)" })).not.toEqual([]);
  });
});

describe("toneOf and truncate", () => {
  it("picks the tone from the event, then the impact", () => {
    expect(toneOf("incident_resolved", "critical")).toBe("resolved");
    expect(toneOf("maintenance_completed", null)).toBe("resolved");
    expect(toneOf("maintenance_started", null)).toBe("maintenance");
    expect(toneOf("incident_updated", "critical")).toBe("critical");
    expect(toneOf("incident_published", "none")).toBe("info");
  });

  it("cuts by code point with an ellipsis", () => {
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("abcd", 3)).toBe("ab…");
    expect(Array.from(truncate("😀😀😀😀", 3))).toEqual(["😀", "😀", "…"]);
  });
});
