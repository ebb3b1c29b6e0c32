"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { ComponentPicker } from "./component-picker";
import type { PickerSection } from "./picker-options";
import { linkClass, Notice } from "./public-card";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { useLanguage } from "@/components/i18n/language";
import { messages } from "@/lib/i18n";
import { localizeResult } from "@/lib/i18n/answers";

type Props = {
  sections: PickerSection[];
  email?: string;
  /** Set: the form follows this incident only, and has no component choice. */
  incident?: { id: string; slug: string; title: string };
  action: FormAction<{ email: string }>;
};

/** Email and component choice (or the incident to follow); on success the form gives way to "Check your inbox". */
export function SubscribeForm({ sections, email, incident, action }: Props) {
  const lang = useLanguage();
  const form = useFormAction(action);
  const { onSubmit, pending } = form;
  // The server answers in English; its errors show in the page's language.
  const state = localizeResult(lang, form.state);
  const all = messages(lang);
  const t = all.subscribe;
  const f = all.follow;
  if (state?.ok) {
    return (
      <Notice tone="ok">
        <p className="font-semibold">{t.checkInbox}</p>
        {/* The server's answer is one fixed sentence (the same for every address): said in the page's language. */}
        <p className="mt-1">{t.sent}</p>
        <p className="mt-1">
          {t.nothingYet.split("{email}")[0]}
          <strong className="break-all">{state.data.email}</strong>
          {t.nothingYet.split("{email}")[1]}
        </p>
        <p className="mt-2">
          {/* A full page load: the form starts empty again. */}
          <a href={incident ? `/subscribe?incident=${encodeURIComponent(incident.slug)}` : "/subscribe"} className={linkClass}>
            {t.anotherAddress}
          </a>
        </p>
      </Notice>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={incident ? f.title : t.title}>
      {incident && <input type="hidden" name="incidentId" value={incident.id} />}
      <TextField
        label={t.email}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={email}
        errors={fieldErrors(state, "email")}
        hint={t.emailHint}
      />
      {!incident && <ComponentPicker sections={sections} selected={[]} errors={fieldErrors(state, "componentIds")} />}
      {/* An incidentId error (it was resolved meanwhile) shows here: the field is hidden. */}
      {state && !state.ok && !state.fieldErrors?.email && !state.fieldErrors?.componentIds && <FormStatus state={state} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t.submitting : incident ? f.title : t.submit}
        </Button>
      </div>
    </form>
  );
}
