"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "../form-message";
import { ShownOnce } from "../shown-once";

export type CreatedIntegration = { secret: string; source: string };

const SOURCES = [
  { value: "alertmanager", label: "Prometheus Alertmanager" },
  { value: "grafana", label: "Grafana alerting" },
  { value: "generic", label: "Generic JSON" },
];

/** Name + source → the integration's token, shown once, with the address its sender posts to. */
export function IntegrationForm({ action, baseUrl }: { action: FormAction<CreatedIntegration>; baseUrl: string }) {
  const { state, onSubmit, pending, formRef } = useFormAction(action, { reset: true });
  const created = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_16rem_auto] sm:items-start" noValidate>
        <TextField
          label="Name"
          name="name"
          required
          maxLength={100}
          placeholder="Production Prometheus"
          errors={fieldErrors(state, "name")}
        />
        <SelectField label="Sends" name="source" options={SOURCES} defaultValue="alertmanager" errors={fieldErrors(state, "source")} />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Adding…" : "Add integration"}
        </Button>
      </form>
      {created ? (
        <ShownOnce id="integration-token" label="Integration token" value={created.secret}>
          Integration added. It posts to {`${baseUrl}/api/alerts/v1/${created.source}`} with{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>. Copy the token now: it is shown only once.
        </ShownOnce>
      ) : (
        <FormMessage state={state} fields={["name", "source"]} />
      )}
    </div>
  );
}
