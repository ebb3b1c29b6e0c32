"use client";

import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { controlClass, FieldErrors, FieldHint } from "@/components/ui/field";
import { fromLocalInput, toLocalInput, utcLabel } from "./datetime";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

type Props = {
  label: string;
  /** Name of the hidden input carrying the ISO UTC instant ("" when empty). */
  name: string;
  /** ISO instant, "now", or nothing for an empty picker. */
  defaultValue?: string | "now";
  required?: boolean;
  errors?: string[];
  hint?: string;
  /** A distinct DOM id when the same name appears several times on a page. */
  idSuffix?: string;
};

/**
 * A datetime-local picker in the admin's (browser's) time zone with the UTC equivalent shown live
 * beside it. The server gets ISO UTC. Values appear after hydration: the server cannot know the zone.
 */
export function DateTimeField({ label, name, defaultValue, required, errors, hint, idSuffix = "" }: Props) {
  const id = `${useId()}-${name}${idSuffix}`;
  const browser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const zone = useSyncExternalStore(noSubscription, browserZone, () => "");
  const initial = useMemo(() => {
    if (!browser || !defaultValue) return "";
    return toLocalInput(defaultValue === "now" ? new Date() : new Date(defaultValue));
  }, [browser, defaultValue]);
  const [edited, setEdited] = useState<string | null>(null);
  const local = edited ?? initial;
  const instant = fromLocalInput(local);
  // Untouched, the field sends what it was given, to the millisecond (the picker shows minutes only);
  // an untouched optional "now" sends nothing, so the server stamps the exact moment of the request.
  const untouched = edited === null;
  const asGiven = defaultValue && defaultValue !== "now" ? new Date(defaultValue).toISOString() : "";
  const nowSent = defaultValue === "now" && !required ? "" : (instant?.toISOString() ?? "");
  const sent = !untouched ? (instant?.toISOString() ?? "") : defaultValue === "now" ? nowSent : asGiven;
  const describedBy = [`${id}-utc`, hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
        {zone && <span className="ml-1 font-normal text-slate-600 dark:text-slate-400">({zone})</span>}
      </label>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          id={id}
          type="datetime-local"
          value={local}
          onChange={(e) => setEdited(e.target.value)}
          required={required}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={`${controlClass} w-auto! tabular-nums`}
        />
        <span id={`${id}-utc`} className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
          {untouched && defaultValue === "now" && !required
            ? `now${instant ? ` (${utcLabel(instant)})` : ""}`
            : instant
              ? `= ${utcLabel(instant)}`
              : "UTC: —"}
        </span>
      </div>
      <input type="hidden" name={name} value={sent} />
      {hint && <FieldHint id={`${id}-hint`}>{hint}</FieldHint>}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
