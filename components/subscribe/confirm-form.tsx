"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/server/action-result";
import { linkClass, Notice } from "./public-card";

type Props = {
  token: string;
  email: string;
  action: (state: ActionResult<{ manageToken: string }> | null, form: FormData) => Promise<ActionResult<{ manageToken: string }>>;
};

/** One button: confirming is a POST, so link scanners that only GET the page confirm nothing. */
export function ConfirmForm({ token, email, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <Notice tone="ok">
        <p className="font-semibold">You are subscribed</p>
        <p className="mt-1">Updates will go to {email}. Every email has a link to change components or unsubscribe.</p>
        <p className="mt-2">
          <Link href={`/subscription/${state.data.manageToken}`} className={linkClass}>
            Manage your subscription
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
          <p>{state.error}</p>
          <p className="mt-1">
            <Link href="/subscribe" className={linkClass}>
              Subscribe again
            </Link>
          </p>
        </Notice>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Confirming…" : "Confirm subscription"}
        </Button>
      </div>
    </form>
  );
}
