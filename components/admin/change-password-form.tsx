"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { FormMessage } from "./form-message";
import { NewPasswordFields } from "./new-password-fields";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

export function ChangePasswordForm({ action }: { action: FormAction<unknown> }) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="flex max-w-sm flex-col gap-4">
      <FormMessage state={state} fields={["currentPassword", "password", "confirmPassword"]} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <NewPasswordFields state={state} label="New password" />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
