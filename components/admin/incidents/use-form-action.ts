"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/server/action-result";

export type FormActionState = ActionResult<{ id: string }> | null;
export type FormAction = (state: FormActionState, form: FormData) => Promise<FormActionState>;

/**
 * A server action bound to a form without React's automatic reset: on a validation error the author's
 * text stays in place. The clicked submit button's name/value is sent (e.g. intent=publish).
 */
export function useFormAction(action: FormAction, onSuccess?: (message: string | undefined) => void) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const seen = useRef<FormActionState>(null);
  useEffect(() => {
    if (state?.ok && seen.current !== state) {
      seen.current = state;
      onSuccess?.(state.message);
    }
  }, [state, onSuccess]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }
  return { state, pending, onSubmit, formRef };
}
