"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/server/action-result";

export type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * A server action driven from onSubmit rather than <form action>: React resets a form after an
 * action-prop submission, which would wipe what was typed when the server answers with field errors.
 */
export function useFormAction<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}
