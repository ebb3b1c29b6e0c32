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

type Props = { sections: PickerSection[]; email?: string; action: FormAction<{ email: string }> };

/** Email and component choice; on success the form gives way to "Check your inbox". */
export function SubscribeForm({ sections, email, action }: Props) {
  const { state, onSubmit, pending } = useFormAction(action);
  const t = messages(useLanguage()).subscribe;
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
          <a href="/subscribe" className={linkClass}>
            {t.anotherAddress}
          </a>
        </p>
      </Notice>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={t.title}>
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
      <ComponentPicker sections={sections} selected={[]} errors={fieldErrors(state, "componentIds")} />
      {state && !state.ok && !state.fieldErrors?.email && !state.fieldErrors?.componentIds && <FormStatus state={state} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
