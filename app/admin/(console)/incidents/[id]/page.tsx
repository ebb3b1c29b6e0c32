import type { Metadata } from "next";
import Link from "next/link";
import { cache, type ReactNode } from "react";
import { DetailsForm } from "@/components/admin/incidents/details-form";
import { IncidentActions } from "@/components/admin/incidents/incident-actions";
import { pill } from "@/components/admin/incidents/labels";
import { INCIDENT_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { PostmortemEditor } from "@/components/admin/incidents/postmortem-editor";
import { Timeline } from "@/components/admin/incidents/timeline";
import { UpdateForm } from "@/components/admin/incidents/update-form";
import { WindowsTable } from "@/components/admin/incidents/windows-table";
import { PageHeader, Panel } from "@/components/admin/page-header";
import { ImpactBadge } from "@/components/public/impact-badge";
import { LocalTime } from "@/components/time/local-time";
import { can, requireAdminPage } from "@/server/auth/session";
import { listComponents } from "@/server/component";
import { getIncident } from "@/server/incident/get-incident";
import * as actions from "../actions";
import { componentOptions } from "../component-options";
import { notFoundIfMissing } from "../../not-found-if-missing";

type Props = { params: Promise<{ id: string }> };

// Once per request: metadata and page share it.
const load = cache(async (id: string) => {
  const ctx = await requireAdminPage();
  const incident = await getIncident({ ctx, input: { incidentId: id } }).catch(notFoundIfMissing);
  return { ctx, incident };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { incident } = await load((await props.params).id);
  return { title: incident.title };
}

const iso = (date: Date) => date.toISOString();

export default async function IncidentPage(props: Props) {
  const { ctx, incident } = await load((await props.params).id);
  const { rows } = await listComponents({ ctx });
  const components = componentOptions(rows);
  const canEdit = can(ctx, "incident:write");
  const published = Boolean(incident.publishedAt);
  const resolved = Boolean(incident.resolvedAt);
  const affectedIds = incident.components.map((c) => c.component.id);
  const openWindows = incident.windows.filter((w) => !w.endedAt).length;
  const firstUpdate = incident.updates.at(-1);
  return (
    <>
      <PageHeader
        back={{ href: "/admin/incidents", label: "Incidents" }}
        title={incident.title}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {published ? (
              <span className="font-semibold text-slate-900 dark:text-slate-100">{labelOf(INCIDENT_STATUS_LABEL, incident.status)}</span>
            ) : (
              <span className={`${pill} bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200`}>Draft: not public</span>
            )}
            <ImpactBadge impact={incident.impact} />
            <span>
              started <LocalTime iso={iso(incident.startedAt)} />
            </span>
            {incident.resolvedAt && (
              <span>
                · resolved <LocalTime iso={iso(incident.resolvedAt)} />
              </span>
            )}
            {published && (
              <Link href={`/incidents/${incident.slug}`} className="text-blue-700 hover:underline dark:text-blue-400" target="_blank">
                Public page<span className="sr-only"> (opens in a new tab)</span> ↗
              </Link>
            )}
          </span>
        }
        actions={
          canEdit && (
            <IncidentActions
              incident={{ id: incident.id, published, resolved, notify: firstUpdate?.notify ?? true, openWindows }}
              actions={{
                publish: actions.publishIncidentAction,
                resolve: actions.resolveIncidentAction,
                remove: actions.deleteIncidentAction,
              }}
            />
          )
        }
      />
      <div className="grid items-start gap-6 2xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {canEdit && published && (
            <Block title="Post an update">
              <UpdateForm
                incidentId={incident.id}
                status={incident.status}
                components={components}
                affectedIds={affectedIds}
                action={actions.addIncidentUpdateAction}
              />
            </Block>
          )}
          <Block
            title="Timeline"
            note={
              !published
                ? "The first update goes out when the draft is published."
                : canEdit
                  ? "Newest first. Editing text fixes typos and never notifies again."
                  : "Newest first."
            }
          >
            <Timeline
              published={published}
              canEdit={canEdit}
              editAction={actions.editIncidentUpdateAction}
              updates={incident.updates.map((u) => ({
                id: u.id,
                status: u.status,
                body: u.body,
                displayAt: iso(u.displayAt),
                notify: u.notify,
                author: u.author,
                changes: u.components.map((c) => ({
                  componentId: c.componentId,
                  name: c.component.name,
                  oldStatus: c.oldStatus,
                  newStatus: c.newStatus,
                })),
              }))}
            />
          </Block>
          <Block
            title="Degradation windows"
            note="Windows drive uptime bars and component status. Pickers use your browser's time zone; the UTC equivalent shows beside each."
          >
            <WindowsTable
              incidentId={incident.id}
              canEdit={canEdit}
              resolved={resolved}
              components={components}
              actions={{
                add: actions.addWindowAction,
                update: actions.updateWindowAction,
                close: actions.closeWindowAction,
                remove: actions.deleteWindowAction,
              }}
              windows={incident.windows.map((w) => ({
                id: w.id,
                componentId: w.componentId,
                componentName: w.component.name,
                severity: w.severity,
                startedAt: iso(w.startedAt),
                endedAt: w.endedAt ? iso(w.endedAt) : null,
              }))}
            />
          </Block>
          <Block title="Postmortem">
            <PostmortemEditor
              incidentId={incident.id}
              incidentPublished={published}
              canEdit={can(ctx, "postmortem:write")}
              postmortem={
                incident.postmortem && {
                  body: incident.postmortem.body,
                  publishedAt: incident.postmortem.publishedAt ? iso(incident.postmortem.publishedAt) : null,
                  updatedAt: iso(incident.postmortem.updatedAt),
                }
              }
              actions={{
                save: actions.savePostmortemAction,
                publish: actions.publishPostmortemAction,
                unpublish: actions.unpublishPostmortemAction,
              }}
            />
          </Block>
        </div>
        <aside className="flex flex-col gap-6">
          <Block title="Details">
            {canEdit ? (
              <DetailsForm
                incident={{
                  id: incident.id,
                  title: incident.title,
                  impact: incident.impact,
                  startedAt: iso(incident.startedAt),
                  componentIds: affectedIds,
                }}
                components={components}
                action={actions.updateIncidentAction}
              />
            ) : (
              <p className="text-sm">{incident.components.map((c) => c.component.name).join(", ") || "No components listed."}</p>
            )}
          </Block>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 px-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Published</dt>
            <dd>{incident.publishedAt ? <LocalTime iso={iso(incident.publishedAt)} /> : "Not yet"}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Announcements</dt>
            <dd>{incident._count.notifications}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Slug</dt>
            <dd className="font-mono text-xs break-all">{incident.slug}</dd>
          </dl>
        </aside>
      </div>
    </>
  );
}

function Block({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <Panel title={title}>
      <div className="flex flex-col gap-3 p-4">
        {note && <p className="-mt-1 text-xs text-slate-600 dark:text-slate-400">{note}</p>}
        {children}
      </div>
    </Panel>
  );
}
