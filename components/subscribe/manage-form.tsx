"use client";

import { Button } from "@/components/ui/button";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { ComponentPicker } from "./component-picker";
import type { PickerSection } from "./picker-options";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { useLanguage } from "@/components/i18n/language";
import { messages } from "@/lib/i18n";
import { localizeResult } from "@/lib/i18n/answers";

type Props = { manageToken: string; sections: PickerSection[]; selected: string[]; action: FormAction<undefined> };

/** Changes which components the subscription covers. */
export function ManageForm({ manageToken, sections, selected, action }: Props) {
  const lang = useLanguage();
  const form = useFormAction(action);
  const { onSubmit, pending } = form;
  const state = localizeResult(lang, form.state);
  const t = messages(lang).subscription;
  // An error about the choice shows beside it; anything else beside the button.
  const formLevel = state && !state.ok && state.fieldErrors?.componentIds ? null : state;
  if (sections.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">{t.everything}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t.chooseLabel}>
      <input type="hidden" name="manageToken" value={manageToken} />
      <ComponentPicker sections={sections} selected={selected} errors={fieldErrors(state, "componentIds")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t.saving : t.save}
        </Button>
        <div className="min-w-0 flex-1">
          <FormStatus state={formLevel} />
        </div>
      </div>
    </form>
  );
}
