"use client";

import { Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/field";
import { formatDateTime } from "@/lib/time/format";
import { utcToWallTime, wallTimeToUtc } from "./zoned-time";

type Props = {
  label: string;
  name: string;
  value: Date | null;
  onChange: (value: Date | null) => void;
  timeZone: string;
  errors?: string[];
};

/**
 * A datetime-local picker read in `timeZone`, with the UTC equivalent shown live beside it. The
 * form submits the UTC instant (hidden input `name`); the visible picker submits nothing.
 */
export function ZonedDateTimeField({ label, name, value, onChange, timeZone, errors }: Props) {
  const hint = value ? `= ${formatDateTime(value, { timeZone: "UTC" })}` : "UTC equivalent appears here";
  return (
    <Field
      label={`${label} (${timeZone})`}
      name={name}
      errors={errors}
      hint={
        <span data-testid={`${name}-utc`} className="font-mono">
          {hint}
        </span>
      }
    >
      {({ name: _name, ...ids }) => (
        <>
          <input
            {...ids}
            type="datetime-local"
            required
            value={value ? utcToWallTime(value, timeZone) : ""}
            onChange={(event) => onChange(wallTimeToUtc(event.target.value, timeZone))}
            className={controlClass}
          />
          <input type="hidden" name={name} value={value ? value.toISOString() : ""} />
        </>
      )}
    </Field>
  );
}
