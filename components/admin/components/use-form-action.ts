"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/server/action-result";

export type FormState = ActionResult | null;
export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * A server action bound to a form without React's automatic reset, so a rejected form keeps what
 * was typed. On success the form is reset (`reset`) and `onSuccess` runs.
 */
export function useFormAction(action: FormAction, options: { reset?: boolean; onSuccess?: () => void } = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<FormState, FormData>(async (previous, form) => {
    const result = await action(previous, form);
    if (result?.ok) {
      if (options.reset) formRef.current?.reset();
      options.onSuccess?.();
    }
    return result;
  }, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  }
  return { state, pending, onSubmit, formRef };
}
