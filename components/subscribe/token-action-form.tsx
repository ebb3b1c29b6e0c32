"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action-result";
import { Notice } from "./public-card";
import { useLanguage } from "@/components/i18n/language";
import { localizeAnswer } from "@/lib/i18n/answers";

type Props = {
  token: string;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "danger";
  action: (state: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
};

/** One POST button carrying a link's token: link previews and scanners, which only GET, change nothing. */
export function TokenActionForm({ token, label, pendingLabel, variant, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const lang = useLanguage();
  if (state?.ok) return <Notice tone="ok">{state.message && localizeAnswer(lang, state.message)}</Notice>;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && <Notice tone="error">{localizeAnswer(lang, state.error)}</Notice>}
      <div>
        <Button type="submit" variant={variant ?? "primary"} disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </div>
    </form>
  );
}
