"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action-result";
import { useLanguage } from "@/components/i18n/language";
import { fill, messages } from "@/lib/i18n";
import { localizeAnswer } from "@/lib/i18n/answers";
import { linkClass, Notice } from "./public-card";

type Props = {
  token: string;
  email: string;
  action: (state: ActionResult<{ manageToken: string }> | null, form: FormData) => Promise<ActionResult<{ manageToken: string }>>;
};

/** One button: confirming is a POST, so link scanners that only GET the page confirm nothing. */
export function ConfirmForm({ token, email, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const lang = useLanguage();
  const t = messages(lang).subscribe;
  if (state?.ok) {
    return (
      <Notice tone="ok">
        <p className="font-semibold">{t.subscribed}</p>
        <p className="mt-1">{fill(t.subscribedBody, { email })}</p>
        <p className="mt-2">
          <Link href={`/subscription/${state.data.manageToken}`} className={linkClass}>
            {t.manage}
          </Link>
        </p>
      </Notice>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && (
        <Notice tone="error">
          <p>{localizeAnswer(lang, state.error)}</p>
          <p className="mt-1">
            <Link href="/subscribe" className={linkClass}>
              {t.again}
            </Link>
          </p>
        </Notice>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t.confirming : t.confirm}
        </Button>
      </div>
    </form>
  );
}
