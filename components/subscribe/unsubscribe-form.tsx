"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action-result";
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
export function UnsubscribeForm({ manageToken, label = "Unsubscribe", pageName, children, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) return <UnsubscribedNotice email={state.data.email} pageName={pageName} />;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="manageToken" value={manageToken} />
      {state && !state.ok && <Notice tone="error">{state.error}</Notice>}
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Unsubscribing…" : label}
        </Button>
      </div>
      {children}
    </form>
  );
}

export function UnsubscribedNotice({ email, pageName }: { email: string; pageName: string }) {
  return (
    <Notice tone="ok">
      <p className="font-semibold">You are unsubscribed</p>
      <p className="mt-1">
        {email} will get no more updates from {pageName}.
      </p>
      <p className="mt-2">
        Changed your mind?{" "}
        <Link href={`/subscribe?email=${encodeURIComponent(email)}`} className={linkClass}>
          Subscribe again
        </Link>
      </p>
    </Notice>
  );
}
