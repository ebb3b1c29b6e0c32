import { COMPONENT_STATUS_LABEL } from "@/server/status/statuses";
import type { PublicComponent, PublicStatus } from "@/server/status/get-public-status";
import { STATUS_STYLE } from "./status-style";

function StatusText({ status }: { status: PublicComponent["status"] }) {
  const style = STATUS_STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${style.text}`}>
      <span aria-hidden>{style.icon}</span>
      {COMPONENT_STATUS_LABEL[status]}
    </span>
  );
}

function ComponentRow({ component, nested }: { component: PublicComponent; nested?: boolean }) {
  return (
    <li data-component={component.name} className={`flex items-start justify-between gap-4 py-3 ${nested ? "pl-4" : ""}`}>
      <div className="min-w-0">
        <p className="font-medium">{component.name}</p>
        {component.description && <p className="text-sm text-slate-600 dark:text-slate-400">{component.description}</p>}
      </div>
      <StatusText status={component.status} />
    </li>
  );
}

export function ComponentList({ rows }: { rows: PublicStatus["rows"] }) {
  if (rows.length === 0) return <p className="text-slate-600 dark:text-slate-400">No components yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 px-5 dark:divide-slate-800 dark:border-slate-800">
      {rows.map((row) =>
        row.kind === "component" ? (
          <ComponentRow key={row.component.id} component={row.component} />
        ) : (
          <li key={row.group.id} className="py-3">
            <details open className="group">
              <summary className="flex cursor-pointer list-none items-center justify-between gap-4">
                <span className="font-semibold">
                  <span aria-hidden className="mr-1 inline-block transition-transform group-open:rotate-90">›</span>
                  {row.group.name}
                </span>
                <StatusText status={row.group.status} />
              </summary>
              <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800/60">
                {row.group.components.map((component) => (
                  <ComponentRow key={component.id} component={component} nested />
                ))}
              </ul>
            </details>
          </li>
        ),
      )}
    </ul>
  );
}
