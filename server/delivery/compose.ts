import { render } from "@react-email/render";
import { createElement } from "react";
import { ConfirmEmail } from "@/emails/confirm-email";
import { EventEmail, type EventEmailProps } from "@/emails/event-email";
import { formatDateTime } from "@/lib/time/format";
import type { Db } from "@/server/db";
import { resolvePublicUrl } from "@/server/settings/public-url";
import type { EmailContent } from "./mime-template";

const INCIDENT_STATUS: Record<string, string> = { investigating: "Investigating", identified: "Identified", monitoring: "Monitoring", resolved: "Resolved" };
const IMPACT: Record<string, string> = { none: "No impact", minor: "Minor impact", major: "Major impact", critical: "Critical impact" };

type Event = Pick<EventEmailProps, "label" | "title" | "status" | "body" | "components" | "linkUrl" | "linkLabel"> & { at: Date };

async function loadNotification(db: Db, id: string) {
  return db.notification.findUniqueOrThrow({
    where: { id },
    include: {
      update: true,
      postmortem: true,
      incident: { include: { components: { include: { component: { select: { name: true } } } }, updates: { orderBy: { displayAt: "desc" }, take: 1 } } },
      maintenance: { include: { components: { include: { component: { select: { name: true } } } } } },
    },
  });
}

function describeEvent(n: Awaited<ReturnType<typeof loadNotification>>, base: string): Event {
  const incident = n.incident;
  if (n.kind === "postmortem_published" && incident && n.postmortem) {
    return { label: "Postmortem", title: incident.title, status: "Postmortem published", body: n.postmortem.body, components: incident.components.map((c) => c.component.name), linkUrl: `${base}/incidents/${incident.slug}#postmortem`, linkLabel: "Read the postmortem", at: n.postmortem.publishedAt ?? n.createdAt };
  }
  if (incident) {
    const update = n.update ?? incident.updates[0];
    const label = n.kind === "incident_resolved" ? "Resolved" : n.kind === "incident_updated" ? "Update" : "Incident";
    return {
      label,
      title: incident.title,
      status: `${INCIDENT_STATUS[update?.status ?? incident.status] ?? incident.status} · ${IMPACT[incident.impact] ?? incident.impact}`,
      body: update?.body ?? "",
      components: incident.components.map((c) => c.component.name),
      linkUrl: `${base}/incidents/${incident.slug}`,
      linkLabel: "View the incident",
      at: update?.displayAt ?? incident.startedAt,
    };
  }
  if (n.maintenance) {
    const m = n.maintenance;
    const label = { maintenance_started: "Maintenance started", maintenance_completed: "Maintenance completed" }[n.kind] ?? "Scheduled maintenance";
    return { label, title: m.title, status: label, body: m.body, components: m.components.map((c) => c.component.name), linkUrl: `${base}/maintenance/${m.slug}`, linkLabel: "View the maintenance", at: n.kind === "maintenance_scheduled" ? m.scheduledStart : n.createdAt };
  }
  throw new Error(`notification ${n.id} (${n.kind}) has nothing to announce`);
}

/** Stands for the recipient's manage token in rendered content; filled per message (mime-template). */
export const MANAGE_TOKEN_SLOT = "x-subscriber-manage-token-slot";

async function pageSettings(db: Db) {
  const setting = await db.setting.findUnique({ where: { id: "default" } });
  const pageName = setting?.pageName ?? "Status";
  const base = resolvePublicUrl(setting?.publicUrl);
  return {
    pageName,
    base,
    timeZone: setting?.timeZone ?? "UTC",
    from: { name: (setting?.senderName ?? pageName).replaceAll('"', ""), address: setting?.senderEmail ?? "status@localhost" },
    listId: { name: pageName, id: `status.${new URL(base).hostname}` },
  };
}

/**
 * The email of one notification, rendered once for all its recipients: the recipient's manage token
 * is `manageToken` (default: MANAGE_TOKEN_SLOT, filled per message). HTML and text come from the same template.
 */
export async function composeNotification(db: Db, notificationId: string, manageToken = MANAGE_TOKEN_SLOT): Promise<EmailContent> {
  const notification = await loadNotification(db, notificationId);
  const page = await pageSettings(db);
  const { base, pageName } = page;
  // Footer link: a page that asks before unsubscribing. Header: the RFC 8058 one-click endpoint.
  const event = describeEvent(notification, base);
  const { at, ...rest } = event;
  const element = createElement(EventEmail, {
    ...rest,
    pageName,
    pageUrl: base,
    when: formatDateTime(at, { timeZone: page.timeZone }),
    whenUtc: formatDateTime(at, { timeZone: "UTC" }),
    manageUrl: `${base}/subscription/${manageToken}`,
    unsubscribeUrl: `${base}/unsubscribe/${manageToken}`,
  });
  return {
    from: page.from,
    listId: page.listId,
    subject: `[${pageName}] ${event.label}: ${event.title}`,
    html: await render(element),
    text: await render(element, { plainText: true }),
    unsubscribeUrl: `${base}/api/unsubscribe/${manageToken}`,
    slot: manageToken === MANAGE_TOKEN_SLOT ? MANAGE_TOKEN_SLOT : undefined,
  };
}

/** The confirmation email of one sign-up: its own link and components, so rendered per subscriber. */
export async function composeConfirmation(db: Db, subscriberId: string): Promise<EmailContent> {
  const page = await pageSettings(db);
  const subscriber = await db.subscriber.findUniqueOrThrow({
    where: { id: subscriberId },
    select: { confirmToken: true, components: { select: { component: { select: { name: true } } } } },
  });
  const element = createElement(ConfirmEmail, {
    pageName: page.pageName,
    pageUrl: page.base,
    confirmUrl: `${page.base}/subscribe/confirm/${subscriber.confirmToken ?? ""}`,
    expiresIn: "48 hours",
    components: subscriber.components.map((c) => c.component.name),
  });
  return {
    from: page.from,
    listId: page.listId,
    subject: `Confirm your subscription to ${page.pageName}`,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
