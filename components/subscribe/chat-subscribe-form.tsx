"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { ComponentPicker } from "./component-picker";
import type { PickerSection } from "./picker-options";
import { linkClass, Notice } from "./public-card";
import { useLanguage } from "@/components/i18n/language";
import { messages } from "@/lib/i18n";
import { localizeResult } from "@/lib/i18n/answers";

/** A channel's incoming-webhook URL and a component choice; the channel then gets a confirmation message. */
export function ChatSubscribeForm({ sections, action }: { sections: PickerSection[]; action: FormAction<unknown> }) {
  const lang = useLanguage();
  const form = useFormAction(action);
  const { onSubmit, pending } = form;
  // The server answers in English; the page's language here.
  const state = localizeResult(lang, form.state);
  const t = messages(lang).chat;
  const kinds = [
    { value: "slack", label: "Slack" },
    { value: "teams", label: "Microsoft Teams" },
    { value: "discord", label: "Discord" },
    { value: "generic", label: t.other },
  ];
  if (state?.ok) {
    return (
      <Notice tone="ok">
        <p className="font-semibold">{t.lookInChannel}</p>
        <p className="mt-1">{state.message}</p>
        <p className="mt-2">
          <a href="/subscribe/chat" className={linkClass}>
            {t.another}
          </a>
        </p>
      </Notice>
    );
  }
  const shown = new Set(["kind", "url", "componentIds"]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={t.formLabel}>
      <SelectField id="chat-kind" label={t.service} name="kind" options={kinds} defaultValue="slack" errors={fieldErrors(state, "kind")} />
      <TextField
        id="chat-url"
        label={t.url}
        name="url"
        type="url"
        required
        placeholder="https://hooks.slack.com/services/…"
        hint={t.urlHint}
        errors={fieldErrors(state, "url")}
      />
      <ComponentPicker sections={sections} selected={[]} errors={fieldErrors(state, "componentIds")} />
      {state && !state.ok && !Object.keys(state.fieldErrors ?? {}).some((k) => shown.has(k)) && <FormStatus state={state} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
