"use client";

import { useState } from "react";
import { LiveRegion } from "@/components/admin/components/live-region";
import { Button } from "@/components/ui/button";
import { MaintenanceForm } from "./maintenance-form";
import { MaintenanceItem } from "./maintenance-item";
import type { ComponentChoice, MaintenanceActions, MaintenanceView } from "./types";

type Props = {
  active: MaintenanceView[];
  upcoming: MaintenanceView[];
  past: MaintenanceView[];
  components: ComponentChoice[];
  pageTimeZone: string;
  canWrite: boolean;
  actions: MaintenanceActions;
};

/** In progress, upcoming and past maintenance, with the schedule form; one form open at a time. */
export function MaintenanceConsole({ active, upcoming, past, components, pageTimeZone, canWrite, actions }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const close = () => setEditing(null);
  const section = (title: string, list: MaintenanceView[], empty: string) => (
    <section aria-label={title} className="flex flex-col gap-2">
      <h2 className="text-base font-semibold">
        {title} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({list.length})</span>
      </h2>
      {list.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <div className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {list.map((m) =>
            editing === m.id ? (
              <div key={m.id} className="p-3">
                <MaintenanceForm maintenance={m} components={components} pageTimeZone={pageTimeZone} actions={actions} onClose={close} />
              </div>
            ) : (
              <MaintenanceItem key={m.id} maintenance={m} canWrite={canWrite} actions={actions} onEdit={() => setEditing(m.id)} />
            ),
          )}
        </div>
      )}
    </section>
  );
  return (
    <LiveRegion>
      <div className="flex flex-col gap-6">
        {canWrite &&
          (editing === "new" ? (
            <MaintenanceForm components={components} pageTimeZone={pageTimeZone} actions={actions} onClose={close} />
          ) : (
            <div>
              <Button size="sm" onClick={() => setEditing("new")}>
                Schedule maintenance
              </Button>
            </div>
          ))}
        {section("In progress", active, "Nothing is under maintenance right now.")}
        {section("Upcoming", upcoming, "No maintenance scheduled.")}
        {section("Past", past, "No completed or cancelled maintenance yet.")}
      </div>
    </LiveRegion>
  );
}
