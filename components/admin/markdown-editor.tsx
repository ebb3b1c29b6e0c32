"use client";

import { useDeferredValue, useId, type KeyboardEvent } from "react";
import { Markdown } from "@/components/markdown/markdown";
import { controlClass, FieldErrors } from "@/components/ui/field";

type Props = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  hint?: string;
  rows?: number;
  /** How the public page renders this text: an update (15px) or a postmortem (page size). */
  variant?: "update" | "postmortem";
  /** Ctrl/⌘+Enter submits the form (with the submit button of this value, when given); false turns it off. */
  shortcut?: boolean;
  submitWith?: string;
};

/**
 * Markdown source beside a live preview rendered by the public page's own sanitizing renderer, so
 * the preview is exactly what customers will see (raw HTML stays text, unsafe links are dropped).
 */
export function MarkdownEditor({
  label,
  name,
  value,
  onChange,
  errors,
  hint,
  rows = 8,
  variant = "update",
  shortcut = true,
  submitWith,
}: Props) {
  const id = `${useId()}-${name}`;
  const preview = useDeferredValue(value);
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!shortcut || event.key !== "Enter" || !(event.metaKey || event.ctrlKey)) return;
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    const button = submitWith ? form.querySelector<HTMLButtonElement>(`button[type=submit][value="${submitWith}"]`) : null;
    form.requestSubmit(button ?? undefined);
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <div className="grid gap-3 lg:grid-cols-2">
        <textarea
          id={id}
          name={name}
          value={value}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          spellCheck
          className={`${controlClass} min-h-32 resize-y font-mono text-[13px] leading-relaxed`}
        />
        <section
          aria-label={`${label}: preview`}
          className="min-h-32 overflow-auto rounded-md border border-dashed border-slate-300 px-4 py-1 dark:border-slate-700"
        >
          <p className="mt-2 text-[11px] font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            Preview, as on the public page
          </p>
          {preview.trim() ? (
            <div className={variant === "update" ? "text-[15px]" : undefined}>
              <Markdown source={preview} />
            </div>
          ) : (
            <p className="my-3 text-sm text-slate-600 italic dark:text-slate-400">Nothing to preview yet.</p>
          )}
        </section>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {hint ? `${hint} ` : ""}Markdown: **bold**, `code`, [links](https://…), lists.{shortcut ? " Ctrl+Enter submits." : ""}
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
