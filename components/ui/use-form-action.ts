"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/server/action-result";

export type FormState<T = undefined> = ActionResult<T> | null;
export type FormAction<T = undefined> = (previous: FormState<T>, form: FormData) => Promise<FormState<T>>;

/**
 * A server action driven from onSubmit rather than <form action>: React resets a form after an
 * action-prop submission, which would wipe what was typed when the server answers with field errors.
 * On success the form is reset if asked (`reset`, through `formRef`) and `onSuccess` runs. A second
 * submit while the first is pending is ignored. Used by the console and the public forms alike.
 */
export function useFormAction<T = undefined>(
  action: FormAction<T>,
  options: { reset?: boolean; onSuccess?: (message: string | undefined) => void } = {},
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<FormState<T>, FormData>(async (previous, form) => {
    const result = await action(previous, form);
    if (result?.ok) {
      if (options.reset) formRef.current?.reset();
      options.onSuccess?.(result.message);
    }
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending, formRef };
}
