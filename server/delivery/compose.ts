import { render } from "@react-email/render";
import { createElement } from "react";
import { ConfirmEmail } from "@/emails/confirm-email";
import { EventEmail, type EventEmailProps } from "@/emails/event-email";
import type { OutgoingMail } from "@/lib/mailer";
import { formatDateTime } from "@/lib/time/format";
import type { Db } from "@/server/db";
import { resolvePublicUrl } from "@/server/settings/public-url";
import { deliveryMessageId, messageDomain } from "./message-domain";

const INCIDENT_STATUS: Record<string, string> = { investigating: "Investigating", identified: "Identified", monitoring: "Monitoring", resolved: "Resolved" };
const IMPACT: Record<string, string> = { none: "No impact", minor: "Minor impact", major: "Major impact", critical: "Critical impact" };

type Event = Pick<EventEmailProps, "label" | "title" | "status" | "body" | "components" | "linkUrl" | "linkLabel"> & { at: Date };

async function loadDelivery(db: Db, id: string) {
  return db.delivery.findUniqueOrThrow({
    where: { id },
    include: {
      subscriber: { include: { components: { include: { component: { select: { name: true } } } } } },
      notification: {
        include: {
          update: true,
          postmortem: true,
          incident: { include: { components: { include: { component: { select: { name: true } } } }, updates: { orderBy: { displayAt: "desc" }, take: 1 } } },
          maintenance: { include: { components: { include: { component: { select: { name: true } } } } } },
        },
      },
    },
  });
}
type Loaded = Awaited<ReturnType<typeof loadDelivery>>;

function describeEvent(n: Loaded["notification"], base: string): Event {
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

/** Renders the email of one delivery (HTML and text from the same template), with list headers. */
export async function composeDelivery(db: Db, deliveryId: string): Promise<OutgoingMail> {
  const delivery = await loadDelivery(db, deliveryId);
  const setting = await db.setting.findUnique({ where: { id: "default" } });
  const pageName = setting?.pageName ?? "Status";
  const base = resolvePublicUrl(setting?.publicUrl);
  const timeZone = setting?.timeZone ?? "UTC";
  const from = `"${(setting?.senderName ?? pageName).replaceAll('"', "")}" <${setting?.senderEmail ?? "status@localhost"}>`;
  const subscriber = delivery.subscriber;
  const token = subscriber?.manageToken ?? "";
  const manageUrl = `${base}/subscription/${token}`;
  // Footer link: a page that asks before unsubscribing. Header: the RFC 8058 one-click endpoint.
  const unsubscribePageUrl = `${base}/unsubscribe/${token}`;
  const unsubscribeUrl = `${base}/api/unsubscribe/${token}`;
  const listId = { name: pageName, id: `status.${new URL(base).hostname}` };
  const common = { from, to: delivery.recipient, messageId: delivery.messageId ?? deliveryMessageId(delivery.id, messageDomain(setting)), deliveryId: delivery.id, listId };

  if (delivery.notification.kind === "subscription_confirm") {
    const element = createElement(ConfirmEmail, {
      pageName,
      pageUrl: base,
      confirmUrl: `${base}/subscribe/confirm/${subscriber?.confirmToken ?? ""}`,
      expiresIn: "48 hours",
      components: subscriber?.components.map((c) => c.component.name) ?? [],
    });
    return { ...common, subject: `Confirm your subscription to ${pageName}`, html: await render(element), text: await render(element, { plainText: true }) };
  }

  const event = describeEvent(delivery.notification, base);
  const { at, ...rest } = event;
  const element = createElement(EventEmail, {
    ...rest,
    pageName,
    pageUrl: base,
    when: formatDateTime(at, { timeZone }),
    whenUtc: formatDateTime(at, { timeZone: "UTC" }),
    manageUrl,
    unsubscribeUrl: unsubscribePageUrl,
  });
  return {
    ...common,
    subject: `[${pageName}] ${event.label}: ${event.title}`,
    html: await render(element),
    text: await render(element, { plainText: true }),
    unsubscribeUrl,
  };
}
