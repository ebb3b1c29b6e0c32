import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/server/errors";

const ENTITY_TYPES = [
  "component",
  "component_group",
  "page",
  "incident",
  "incident_update",
  "degradation_window",
  "maintenance",
  "postmortem",
  "settings",
  "user",
  "invitation",
  "api_token",
  "subscriber",
];

type Values = Partial<Record<"entityType" | "entityId" | "actor" | "action" | "from" | "to", string>>;

/** A GET form: filters live in the URL, so a filtered view can be shared and paged. */
export function AuditFilters({ values, fieldErrors }: { values: Values; fieldErrors?: FieldErrors }) {
  return (
    <form
      method="get"
      action="/admin/audit"
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-3 lg:grid-cols-6 dark:border-slate-800"
      aria-label="Filter the audit log"
    >
      <TextField
        label="Entity type"
        name="entityType"
        list="audit-entity-types"
        defaultValue={values.entityType}
        errors={fieldErrors?.entityType}
      />
      <datalist id="audit-entity-types">
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <TextField label="Entity id" name="entityId" defaultValue={values.entityId} errors={fieldErrors?.entityId} />
      <TextField label="Actor" name="actor" defaultValue={values.actor} placeholder="email or id" errors={fieldErrors?.actor} />
      <TextField
        label="Action starts with"
        name="action"
        defaultValue={values.action}
        placeholder="maintenance."
        errors={fieldErrors?.actionPrefix}
      />
      <TextField label="From (UTC day)" name="from" type="date" defaultValue={values.from} errors={fieldErrors?.from} />
      <TextField label="To (UTC day)" name="to" type="date" defaultValue={values.to} errors={fieldErrors?.to} hint="Included." />
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit" size="sm">
          Filter
        </Button>
        <Link
          href="/admin/audit"
          className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}
