import type { EventEmailProps } from "@/emails/event-email";
import { markdownToEmailHtml } from "@/emails/markdown-email";
import { markdownToEmailText } from "@/emails/markdown-text";
import { labelOf } from "@/lib/domain/labels";
import { messages, type Language } from "@/lib/i18n";
import { localeOf } from "@/lib/i18n/languages";
import { formatDateTime } from "@/lib/time/format";
import type { Db } from "@/server/db";

// What an event email shows: loaded once per notification (not per recipient), rendered from the
// page's own markdown rules. Per-recipient parts (manage and unsubscribe links) are added by compose.

/** The MaintenanceUpdate status each announced step writes (server/maintenance/advance.ts). */
const STEP_STATUS: Record<string, string> = {
  maintenance_scheduled: "scheduled",
  maintenance_started: "in_progress",
  maintenance_completed: "completed",
};

export type EventContent = Pick<
  EventEmailProps,
  "label" | "title" | "status" | "bodyHtml" | "bodyText" | "window" | "components" | "linkUrl" | "linkLabel"
> & { at: Date };

const names = (rows: { component: { name: string } }[]) => rows.map((c) => c.component.name);

export async function loadNotification(db: Db, notificationId: string) {
  return db.notification.findUniqueOrThrow({
    where: { id: notificationId },
    include: {
      update: true,
      postmortem: true,
      incident: {
        include: {
          components: { include: { component: { select: { name: true } } } },
          updates: { orderBy: { displayAt: "desc" }, take: 1 },
        },
      },
      maintenance: {
        include: {
          components: { include: { component: { select: { name: true } } } },
          updates: { orderBy: { createdAt: "desc" }, take: 50 },
        },
      },
    },
  });
}
export type LoadedNotification = Awaited<ReturnType<typeof loadNotification>>;

type Maintenance = NonNullable<LoadedNotification["maintenance"]>;

/**
 * The operator's message of the announced step: the update that step wrote, at or before the
 * notification (both are written in one transaction). A scheduled maintenance speaks with its description.
 */
export function stepMessage(m: Maintenance, kind: string, announcedAt: Date): { body: string; at: Date | null } {
  if (kind === "maintenance_scheduled" && m.body.trim()) return { body: m.body, at: m.scheduledStart };
  const status = STEP_STATUS[kind];
  const ofStep = m.updates.filter((u) => u.status === status);
  const update = ofStep.find((u) => u.createdAt <= announcedAt) ?? ofStep[0];
  return update ? { body: update.body, at: update.displayAt } : { body: m.body, at: null };
}

/** `lang`: the page's (Settings → Language); every label and the window's dates are in it. */
export function describeEvent(n: LoadedNotification, base: string, timeZone: string, lang: Language = "en"): EventContent {
  const all = messages(lang);
  const t = all.email;
  const locale = localeOf(lang);
  const md = (source: string) => ({ bodyHtml: markdownToEmailHtml(source, base), bodyText: markdownToEmailText(source, base) });
  const incident = n.incident;
  if (n.kind === "postmortem_published" && incident && n.postmortem) {
    return {
      label: t.postmortem,
      title: incident.title,
      status: t.postmortemPublished,
      ...md(n.postmortem.body),
      window: null,
      components: names(incident.components),
      linkUrl: `${base}/incidents/${incident.slug}#postmortem`,
      linkLabel: t.readPostmortem,
      at: n.postmortem.publishedAt ?? n.createdAt,
    };
  }
  if (incident) {
    const update = n.update ?? incident.updates[0];
    const label = n.kind === "incident_resolved" ? t.resolved : n.kind === "incident_updated" ? t.update : t.incident;
    return {
      label,
      title: incident.title,
      status: `${labelOf(all.incidentStatus, update?.status ?? incident.status)} · ${labelOf(all.impact, incident.impact)}`,
      ...md(update?.body ?? ""),
      window: null,
      components: names(incident.components),
      linkUrl: `${base}/incidents/${incident.slug}`,
      linkLabel: t.viewIncident,
      at: update?.displayAt ?? incident.startedAt,
    };
  }
  if (n.maintenance) {
    const m = n.maintenance;
    const label =
      n.kind === "maintenance_started"
        ? t.maintenanceStarted
        : n.kind === "maintenance_completed"
          ? t.maintenanceCompleted
          : t.maintenanceScheduled;
    const message = stepMessage(m, n.kind, n.createdAt);
    return {
      label,
      title: m.title,
      status: label,
      ...md(message.body),
      // The scheduled window, formatted as the public page shows it.
      window: { start: formatDateTime(m.scheduledStart, { timeZone, locale }), end: formatDateTime(m.scheduledEnd, { timeZone, locale }) },
      components: names(m.components),
      linkUrl: `${base}/maintenance/${m.slug}`,
      linkLabel: t.viewMaintenance,
      at: n.kind === "maintenance_scheduled" ? n.createdAt : (message.at ?? n.createdAt),
    };
  }
  throw new Error(`notification ${n.id} (${n.kind}) has nothing to announce`);
}
