"use client";

import { useId, useState } from "react";
import { MarkdownEditor } from "@/components/admin/markdown-editor";
import { Markdown } from "@/components/markdown/markdown";
import { LocalTime } from "@/components/time/local-time";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ActionDialog } from "./action-dialog";
import { errorsFor } from "./form-errors";
import { useFormAction, type FormAction } from "./use-form-action";

type Props = {
  incidentId: string;
  incidentPublished: boolean;
  postmortem: { body: string; publishedAt: string | null; updatedAt: string } | null;
  actions: { save: FormAction; publish: FormAction; unpublish: FormAction };
  canEdit: boolean;
};

const STARTER = `## Summary

## Timeline (UTC)

## Root cause

## What went well, what did not

## What we are changing
`;

/** Markdown beside its public rendering; save as draft, publish (optionally notifying), unpublish. */
export function PostmortemEditor({ incidentId, incidentPublished, postmortem, actions, canEdit }: Props) {
  const saved = postmortem?.body ?? "";
  const [body, setBody] = useState(saved || STARTER);
  const { state, pending, onSubmit } = useFormAction(actions.save);
  const dirty = body !== saved;
  const published = Boolean(postmortem?.publishedAt);
  const formId = useId();
  if (!canEdit) {
    return postmortem ? (
      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {published ? (
            <>
              Published <LocalTime iso={postmortem.publishedAt!} />.
            </>
          ) : (
            "Draft."
          )}
        </p>
        <Markdown source={postmortem.body} />
      </div>
    ) : (
      <p className="text-sm text-slate-600 dark:text-slate-400">Not written yet.</p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {!postmortem ? (
          "Not written yet."
        ) : published ? (
          <>
            Published <LocalTime iso={postmortem.publishedAt!} />.
          </>
        ) : (
          <>
            Draft, saved <LocalTime iso={postmortem.updatedAt} />.
          </>
        )}
        {dirty && postmortem && <strong className="ml-2 font-semibold">Unsaved changes.</strong>}
      </p>
      {/* The dialogs hold forms of their own, so the buttons sit outside this one (form= links Save to it). */}
      <form id={formId} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="incidentId" value={incidentId} />
        <MarkdownEditor
          label="Postmortem"
          name="body"
          value={body}
          onChange={setBody}
          rows={18}
          variant="postmortem"
          errors={errorsFor(state, "body")}
        />
        <FormStatus state={state} />
      </form>
      {canEdit && (
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" form={formId} variant={published ? "primary" : "secondary"} disabled={pending || !dirty}>
            {pending ? "Saving…" : published ? "Save (updates the public page)" : "Save draft"}
          </Button>
          {!published && (
            <ActionDialog
              triggerLabel="Publish postmortem…"
              triggerVariant="primary"
              triggerSize="md"
              title="Publish the postmortem?"
              description={
                dirty
                  ? "Save your changes first: the last saved version is what gets published."
                  : "It appears on the incident's public page."
              }
              confirmLabel="Publish postmortem"
              action={actions.publish}
              disabled={!postmortem || !incidentPublished}
            >
              <input type="hidden" name="incidentId" value={incidentId} />
              <CheckboxField label="Notify subscribers" name="notify" hint="Off by default: postmortems are often published days later." />
            </ActionDialog>
          )}
          {published && (
            <ActionDialog
              triggerLabel="Unpublish…"
              triggerSize="md"
              title="Take the postmortem off the public page?"
              description="It stays here as a draft. Anyone already notified keeps their email."
              confirmLabel="Unpublish"
              danger
              action={actions.unpublish}
            >
              <input type="hidden" name="incidentId" value={incidentId} />
            </ActionDialog>
          )}
          {!incidentPublished && <span className="text-xs text-slate-600 dark:text-slate-400">Publish the incident first.</span>}
        </div>
      )}
    </div>
  );
}
