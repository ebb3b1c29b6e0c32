"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action-result";
import { useLanguage } from "@/components/i18n/language";
import { fill, messages } from "@/lib/i18n";
import { localizeAnswer } from "@/lib/i18n/answers";
import { linkClass, Notice } from "./public-card";

type Result = ActionResult<{ email: string }>;
type Props = {
  manageToken: string;
  label?: string;
  pageName: string;
  /** Shown under the button until it is pressed (e.g. a gentler alternative). */
  children?: ReactNode;
  action: (state: Result | null, form: FormData) => Promise<Result>;
};

/** A POST button (a link alone never unsubscribes); afterwards, the way back. */
export function UnsubscribeForm({ manageToken, label, pageName, children, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const lang = useLanguage();
  const t = messages(lang).subscription;
  if (state?.ok) return <UnsubscribedNotice email={state.data.email} pageName={pageName} />;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="manageToken" value={manageToken} />
      {state && !state.ok && <Notice tone="error">{localizeAnswer(lang, state.error)}</Notice>}
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t.unsubscribing : (label ?? t.unsubscribe)}
        </Button>
      </div>
      {children}
    </form>
  );
}

export function UnsubscribedNotice({ email, pageName }: { email: string; pageName: string }) {
  const all = messages(useLanguage());
  const t = all.subscription;
  return (
    <Notice tone="ok">
      <p className="font-semibold">{t.unsubscribed}</p>
      <p className="mt-1">{fill(t.noMore, { email, name: pageName })}</p>
      <p className="mt-2">
        {t.changedMind}{" "}
        <Link href={`/subscribe?email=${encodeURIComponent(email)}`} className={linkClass}>
          {all.subscribe.again}
        </Link>
      </p>
    </Notice>
  );
}
