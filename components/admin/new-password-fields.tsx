import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import type { FormState } from "@/components/ui/use-form-action";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/password-rules";

/** A new password and its repeat (fields `password`, `confirmPassword`), with the strength hint. */
export function NewPasswordFields({ state, label = "Password" }: { state: FormState<unknown>; label?: string }) {
  return (
    <>
      <TextField
        label={label}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, and hard to guess: a passphrase of a few unrelated words works well.`}
        errors={fieldErrors(state, "password")}
      />
      <TextField
        label={`Repeat ${label.toLowerCase()}`}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors(state, "confirmPassword")}
      />
    </>
  );
}
