import type { Metadata } from "next";
import { AdminTable, CELL } from "@/components/admin/admin-table";
import { ChatChannelForm } from "@/components/admin/chat/chat-channel-form";
import { CHAT_KIND_OPTIONS } from "@/components/admin/chat/kinds";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/stat-card";
import { RowAction } from "@/components/admin/team/row-action";
import { DeliveryState } from "@/components/admin/webhooks/delivery-state";
import { LocalTime } from "@/components/time/local-time";
import { requireAdminPage } from "@/server/auth/session";
import { listChatChannels, type ChatChannelListRow } from "@/server/chat";
import { listComponents } from "@/server/component";
import { createChatChannelAction, deleteChatChannelAction, enableChatChannelAction } from "./actions";

export const metadata: Metadata = { title: "Chat channels" };

const KIND_LABEL = Object.fromEntries(CHAT_KIND_OPTIONS.map((o) => [o.value, o.label]));
const STATUS_TEXT: Record<string, string> = {
  active: "active",
  pending: "waiting for its confirmation from inside the channel",
  disabled: "switched off",
};
const EVENT_LABEL: Record<string, string> = {
  chat_confirm: "Confirmation request",
  incident_published: "Incident",
  incident_updated: "Incident update",
  incident_resolved: "Resolved",
  postmortem_published: "Postmortem",
  maintenance_scheduled: "Maintenance scheduled",
  maintenance_started: "Maintenance started",
  maintenance_completed: "Maintenance completed",
};

export default async function ChatChannelsPage() {
  const ctx = await requireAdminPage("subscriber:write");
  const [channels, { rows }] = await Promise.all([listChatChannels({ ctx }), listComponents({ ctx })]);
  const components = rows
    .flatMap((row) => (row.kind === "group" ? row.group.components : [row.component]))
    .map((c) => ({ id: c.id, name: c.name }));
  const names = new Map(components.map((c) => [c.id, c.name]));
  return (
    <>
      <PageHeader
        title="Chat channels"
        description="Slack, Microsoft Teams and Discord channels (or any JSON receiver) that get the same announcements as email subscribers, through the same queue: retried with backoff, logged below, paused with the chat kill switch."
      />
      <Panel title="Add a channel" className="mb-6">
        <div className="px-4 py-3">
          <ChatChannelForm action={createChatChannelAction} components={components} />
        </div>
      </Panel>
      {channels.length === 0 ? (
        <EmptyState title="No chat channels yet" />
      ) : (
        <div className="flex flex-col gap-6">
          {channels.map((channel) => (
            <ChannelPanel key={channel.id} channel={channel} names={names} />
          ))}
        </div>
      )}
    </>
  );
}

function ChannelPanel({ channel: c, names }: { channel: ChatChannelListRow; names: Map<string, string> }) {
  const title = c.label || `${KIND_LABEL[c.kind] ?? c.kind} channel`;
  const actions = (
    <div className="flex gap-2">
      {c.status === "disabled" && <RowAction action={enableChatChannelAction} fields={{ channelId: c.id }} verb="enable" subject={title} />}
      <RowAction
        action={deleteChatChannelAction}
        fields={{ channelId: c.id }}
        verb="delete"
        subject={title}
        confirm={`Remove “${title}”? Nothing more is posted to it, and what is queued for it is dropped.`}
      />
    </div>
  );
  return (
    <Panel title={title} actions={actions}>
      <p className="px-4 pt-3 text-sm text-slate-700 dark:text-slate-300">
        {KIND_LABEL[c.kind] ?? c.kind} · <code className="text-xs">{c.urlHint}</code> · {STATUS_TEXT[c.status] ?? c.status} ·{" "}
        {c.source === "visitor" ? "added by a visitor" : "added by the team"} ·{" "}
        {c.componentIds.length === 0 ? "every component" : c.componentIds.map((id) => names.get(id) ?? "deleted").join(", ")}
      </p>
      {c.disabledReason && <p className="px-4 pt-1 text-sm text-red-700 dark:text-red-300">{c.disabledReason}</p>}
      <h3 className="px-4 pt-4 text-sm font-semibold">Latest deliveries</h3>
      {c.deliveries.length === 0 ? (
        <p className="px-4 py-2 pb-3 text-sm text-slate-600 dark:text-slate-400">Nothing sent yet.</p>
      ) : (
        <AdminTable columns={["Event", "State", "Attempts", "Details"]}>
          {c.deliveries.map((d) => (
            <tr key={d.id}>
              <td className={CELL}>
                {EVENT_LABEL[d.event] ?? d.event}
                {d.subject ? `: ${d.subject}` : ""}
              </td>
              <td className={CELL}>
                <DeliveryState state={d.state} />
              </td>
              <td className={CELL}>{d.attempts}</td>
              <td className={`${CELL} text-xs`}>
                {d.sentAt ? (
                  <LocalTime iso={d.sentAt.toISOString()} format="relative" />
                ) : d.state === "queued" ? (
                  <>
                    next try <LocalTime iso={d.nextAttemptAt.toISOString()} format="relative" />
                  </>
                ) : null}
                {d.lastError && <span className="block break-all text-red-700 dark:text-red-300">{d.lastError}</span>}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </Panel>
  );
}
