"use client";

import { useState } from "react";
import { MarkdownEditor } from "@/components/admin/markdown-editor";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ComponentStatusPicker } from "./component-status-picker";
import { DateTimeField } from "./datetime-field";
import { errorsFor, OtherErrors } from "./form-errors";
import { IMPACT_OPTIONS, OPEN_STATUS_OPTIONS } from "./labels";
import { StatusAndTemplate } from "./template-picker";
import type { ComponentOption } from "./types";
import { useFormAction, type FormAction } from "./use-form-action";

type Mode = "live" | "backfill";

const SHOWN = [
  "title",
  "impact",
  "status",
  "body",
  "startedAt",
  "notify",
  "backfill.startedAt",
  "backfill.resolvedAt",
  "backfill.updates.0.body",
  "backfill.updates.0.displayAt",
];

/** New incident: live (draft or publish at once) or a past incident entered after the fact (backfill). */
export function IncidentForm({ components, action }: { components: ComponentOption[]; action: FormAction }) {
  const [mode, setMode] = useState<Mode>("live");
  const [status, setStatus] = useState("investigating");
  const [body, setBody] = useState("");
  const pick = (next: { status: string; body?: string }) => {
    setStatus(next.status);
    if (next.body !== undefined) setBody(next.body);
  };
  const { state, pending, onSubmit } = useFormAction(action);
  const live = mode === "live";
  return (
    <form onSubmit={onSubmit} className="flex max-w-5xl flex-col gap-5" noValidate>
      <fieldset className="flex flex-wrap gap-2" aria-label="Kind of incident">
        {(["live", "backfill"] as const).map((m) => (
          <label
            key={m}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-checked:border-slate-900 has-checked:bg-slate-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-blue-600 dark:border-slate-700 dark:has-checked:border-white dark:has-checked:bg-white dark:has-checked:text-slate-900"
          >
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="sr-only" />
            {m === "live" ? "Live incident" : "Backfill past incident"}
          </label>
        ))}
      </fieldset>
      {!live && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          A past incident is published at once as resolved. <strong>No one is notified</strong> and current component statuses stay as they
          are. Each affected component gets one window over the whole span; add or split windows and add updates on the next page.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          label="Title"
          name="title"
          required
          maxLength={200}
          autoFocus
          errors={errorsFor(state, "title")}
          placeholder="Elevated error rates on the API"
        />
        <SelectField label="Impact" name="impact" options={IMPACT_OPTIONS} defaultValue="minor" errors={errorsFor(state, "impact")} />
      </div>
      {live ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <StatusAndTemplate
            options={OPEN_STATUS_OPTIONS}
            status={status}
            body={body}
            errors={errorsFor(state, "status")}
            onChange={pick}
          />
          <DateTimeField label="Started" name="startedAt" errors={errorsFor(state, "startedAt")} hint="Empty: now. Windows start here." />
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <DateTimeField label="Started" name="startedAt" required errors={errorsFor(state, "backfill.startedAt")} />
          <DateTimeField
            label="Resolved"
            name="resolvedAt"
            required
            errors={errorsFor(state, "backfill.resolvedAt", "backfill.updates.0.displayAt")}
          />
        </div>
      )}
      <MarkdownEditor
        label={live ? "First update" : "What happened (posted as the resolved update)"}
        name="body"
        value={body}
        onChange={setBody}
        shortcut={false}
        errors={errorsFor(state, "body", "backfill.updates.0.body")}
      />
      <ComponentStatusPicker
        components={components}
        mode={live ? "affect" : "backfill"}
        legend={live ? "Affected components" : "Affected components and how badly"}
        hint={
          live
            ? "A degraded status opens a degradation window from the start time; the component's status follows it once published."
            : undefined
        }
      />
      {live && (
        <CheckboxField
          label="Notify subscribers"
          name="notify"
          defaultChecked
          hint="When published: one email per subscriber of these components."
        />
      )}
      <OtherErrors state={state} shown={SHOWN} />
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        {live ? (
          <>
            <Button type="submit" name="intent" value="publish" disabled={pending}>
              {pending ? "Saving…" : "Publish"}
            </Button>
            <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
              Save as draft
            </Button>
          </>
        ) : (
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Create past incident"}
          </Button>
        )}
      </div>
    </form>
  );
}
