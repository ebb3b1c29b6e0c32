"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { COMPONENT_STATUS_LABEL } from "@/lib/domain/labels";
import { COMPONENT_STATUSES } from "@/lib/domain/statuses";
import { useComponentActions } from "./actions-context";
import { useAnnounce } from "./live-region";

const ORDER = [...COMPONENT_STATUSES].reverse(); // operational first

/** Status by hand, or "automatic" (follows incidents and maintenance): pick, then Set. */
export function StatusControl({
  componentId,
  name,
  status,
  statusSource,
}: {
  componentId: string;
  name: string;
  status: string;
  statusSource: string;
}) {
  const id = useId();
  const current = statusSource === "manual" ? status : "auto";
  const [value, setValue] = useState(current);
  const [pending, startTransition] = useTransition();
  const announce = useAnnounce();
  const { setStatus } = useComponentActions();
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await setStatus(componentId, value);
          announce(result.ok ? `${name}: ${result.message}` : `${name}: ${result.error}`, result.ok ? "ok" : "error");
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        Status of {name}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        className="h-8 rounded-md border border-slate-300 bg-white px-2 text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="auto">Automatic</option>
        {ORDER.map((s) => (
          <option key={s} value={s}>
            {COMPONENT_STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || value === current} aria-label={`Set status of ${name}`}>
        Set
      </Button>
    </form>
  );
}
