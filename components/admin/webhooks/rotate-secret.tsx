"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { ShownOnce } from "../shown-once";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import type { ShownSecret } from "./webhook-form";

/** Replaces the signing secret (after a confirm) and shows the new one once. */
export function RotateSecret({ action, endpointId }: { action: FormAction<ShownSecret>; endpointId: string }) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <div className="flex flex-col gap-2">
      <form
        onSubmit={(event) => {
          if (
            !window.confirm("Replace the signing secret? The receiver must switch to the new one; messages signed with the old one stop.")
          ) {
            event.preventDefault();
            return;
          }
          onSubmit(event);
        }}
      >
        <input type="hidden" name="endpointId" value={endpointId} />
        <Button type="submit" size="sm" variant="secondary" disabled={pending}>
          {pending ? "Rotating…" : "Rotate secret"}
        </Button>
      </form>
      {state?.ok ? (
        <ShownOnce id={`secret-${endpointId}`} label="New signing secret" value={state.data.secret}>
          New secret in use. Copy it now: it is shown only once.
        </ShownOnce>
      ) : (
        <FormStatus state={state} />
      )}
    </div>
  );
}
