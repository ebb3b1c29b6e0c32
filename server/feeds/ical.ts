import type { PublicMaintenance, PublicSnapshot } from "@/server/public/snapshot-types";
import { fill, messages, type Catalog } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";

// The maintenance calendar (RFC 5545): one VEVENT per upcoming, running and recent maintenance. UIDs
// come from the maintenance id, so a calendar app that subscribed updates an event when its window
// moves (SEQUENCE and LAST-MODIFIED follow the record) instead of adding a second one; a cancelled
// maintenance leaves the page's snapshot and so the feed, and subscribed calendars drop it.

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Content lines folded at 75 octets with CRLF + space, never inside a UTF-8 character (3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with the folding space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const stamp = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function event(m: PublicMaintenance, base: string, host: string, fallbackStamp: string, t: Catalog["feed"]): string[] {
  const updated = m.updatedAt ?? m.createdAt ?? fallbackStamp;
  const created = m.createdAt ?? updated;
  // Grows with every edit of the record: calendar apps take the higher SEQUENCE as the newer event.
  const sequence = Math.max(0, Math.floor((Date.parse(updated) - Date.parse(created)) / 1000));
  const url = `${base}/maintenance/${encodeURIComponent(m.slug)}`;
  const affected = m.components.length ? `${fill(t.affected, { names: m.components.map((c) => c.name).join(", ") })}\n\n` : "";
  return [
    "BEGIN:VEVENT",
    `UID:maintenance-${m.id}@${host}`,
    `DTSTAMP:${stamp(updated)}`,
    `LAST-MODIFIED:${stamp(updated)}`,
    `CREATED:${stamp(created)}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${stamp(m.scheduledStart)}`,
    `DTEND:${stamp(m.scheduledEnd)}`,
    `SUMMARY:${escapeText(m.title)}`,
    `DESCRIPTION:${escapeText(`${affected}${m.body.trim()}${m.body.trim() ? "\n\n" : ""}${url}`)}`,
    `URL:${url}`,
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "CATEGORIES:Maintenance",
    "END:VEVENT",
  ];
}

/** A component or group shown on the page, by id: its name and the component ids it stands for. */
export function shownComponent(snapshot: PublicSnapshot, id: string): { name: string; ids: Set<string> } | null {
  for (const row of snapshot.rows) {
    if (row.kind === "component" && row.component.id === id) return { name: row.component.name, ids: new Set([id]) };
    if (row.kind === "group") {
      if (row.group.id === id) return { name: row.group.name, ids: new Set(row.group.components.map((c) => c.id)) };
      const child = row.group.components.find((c) => c.id === id);
      if (child) return { name: child.name, ids: new Set([id]) };
    }
  }
  return null;
}

/** The page's maintenance calendar, or one component's or group's (the maintenance that affects it). */
export function buildMaintenanceCalendar(snapshot: PublicSnapshot, base: string, only?: { name: string; ids: Set<string> }): string {
  const host = new URL(base).host;
  const { active, upcoming, past } = snapshot.maintenance;
  const all = [...active, ...upcoming, ...past].filter((m) => !only || m.components.some((c) => only.ids.has(c.id)));
  const t = messages(pageLanguage(snapshot)).feed;
  const name = `${fill(t.calendarName, { name: snapshot.page.name })}${only ? `: ${only.name}` : ""}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${escapeText(snapshot.page.name)}//Status page maintenance//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-PUBLISHED-TTL:PT1H",
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    ...all.flatMap((m) => event(m, base, host, snapshot.generatedAt, t)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
