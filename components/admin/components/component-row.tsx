"use client";

import { useTransition } from "react";
import { Button, EditButton } from "@/components/ui/button";
import type { AdminComponent } from "@/server/component/list-components";
import { useComponentActions } from "./actions-context";
import { ConfirmDialog } from "./confirm-dialog";
import { useAnnounce } from "./live-region";
import { MoveButtons } from "./sortable";
import { StatusBadge, Tag } from "./status-badge";
import { StatusControl } from "./status-control";

export type Permissions = { canWrite: boolean; canStatus: boolean };
type Props = Permissions & {
  component: AdminComponent;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
};

/** One component: order, status (by hand or automatic), show/hide, edit and delete. */
export function ComponentRow({ component: c, index, count, onMove, onEdit, canWrite, canStatus }: Props) {
  const actions = useComponentActions();
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      const result = await actions.setShowcase(c.id, !c.showcase);
      announce(result.ok ? `${c.name}: ${result.message}.` : `${c.name}: ${result.error}`, result.ok ? "ok" : "error");
    });
  return (
    <div data-component={c.name} className="flex flex-wrap items-center gap-x-3 gap-y-1.5 px-3 py-2">
      {canWrite && <MoveButtons name={c.name} index={index} count={count} onMove={onMove} />}
      <div className="min-w-40 flex-1">
        <div className="flex flex-wrap items-center gap-1.5">
          <span className={`font-medium ${c.showcase ? "" : "text-slate-600 line-through decoration-slate-400 dark:text-slate-400"}`}>
            {c.name}
          </span>
          {!c.showcase && <Tag>Hidden</Tag>}
          {c.onlyShowIfDegraded && <Tag>Only when not operational</Tag>}
        </div>
        {c.description && <p className="truncate text-xs text-slate-600 dark:text-slate-400">{c.description}</p>}
        {/* Its page's address: fixed when it was made, so renaming it breaks no link. */}
        {c.showcase && (
          <a
            href={`/components/${c.slug ?? c.id}`}
            className="text-xs text-slate-600 underline-offset-2 hover:underline dark:text-slate-400"
          >
            /components/{c.slug ?? c.id}
          </a>
        )}
      </div>
      <div className="w-48 shrink-0 sm:text-right">
        <StatusBadge status={c.status} statusSource={c.statusSource} />
      </div>
      {canStatus && (
        <StatusControl
          key={`${c.status}:${c.statusSource}`}
          componentId={c.id}
          name={c.name}
          status={c.status}
          statusSource={c.statusSource}
        />
      )}
      {canWrite && (
        <span className="flex gap-1">
          <Button
            size="sm"
            variant="ghost"
            onClick={toggle}
            disabled={pending}
            aria-label={`${c.showcase ? "Hide" : "Show"} ${c.name} ${c.showcase ? "from" : "on"} the page`}
          >
            {c.showcase ? "Hide" : "Show"}
          </Button>
          <EditButton what={c.name} onClick={onEdit} />
          <ConfirmDialog
            label="Delete"
            ariaLabel={`Delete ${c.name}`}
            triggerVariant="ghost"
            title={`Delete ${c.name}?`}
            confirmLabel="Delete component"
            onConfirm={() => actions.deleteComponent(c.id)}
            onDone={() => announce(`${c.name} deleted.`, "ok")}
          >
            It disappears from the page and from subscribers&apos; choices. Components that incidents or maintenance refer to cannot be
            deleted: hide them instead.
          </ConfirmDialog>
        </span>
      )}
    </div>
  );
}
