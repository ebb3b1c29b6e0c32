"use client";

import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/admin/form-message";
import { fieldErrors } from "@/components/ui/form-status";
import type { AdminGroup } from "@/server/component/list-components";
import { useComponentActions } from "./actions-context";
import { useAnnounce } from "./live-region";
import { useFormAction } from "@/components/ui/use-form-action";

/** Add (no `group`) or edit a group. */
export function GroupForm({ group, onClose }: { group?: AdminGroup; onClose: () => void }) {
  const actions = useComponentActions();
  const announce = useAnnounce();
  const { state, pending, onSubmit, formRef } = useFormAction(group ? actions.updateGroup : actions.createGroup, {
    onSuccess: () => {
      announce(group ? `${group.name} saved.` : "Group added.", "ok");
      onClose();
    },
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-md border border-slate-300 bg-slate-50 p-4 sm:grid-cols-2 dark:border-slate-700 dark:bg-slate-900/60"
      aria-label={group ? `Edit group ${group.name}` : "New group"}
    >
      {group && <input type="hidden" name="groupId" value={group.id} />}
      <TextField
        label="Group name"
        name="name"
        required
        maxLength={120}
        defaultValue={group?.name}
        errors={fieldErrors(state, "name")}
        autoFocus
      />
      <TextField
        label="Description"
        name="description"
        maxLength={500}
        defaultValue={group?.description ?? ""}
        errors={fieldErrors(state, "description")}
        hint="Optional."
      />
      <div className="sm:col-span-2">
        <CheckboxField
          label="Collapsed on the public page"
          name="collapsed"
          defaultChecked={group?.collapsed ?? false}
          hint="It opens by itself while a member is not operational."
        />
      </div>
      <div className="flex items-center gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : group ? "Save group" : "Add group"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <div className="flex-1">
          <FormMessage state={state?.ok ? null : state} fields={["name", "description"]} />
        </div>
      </div>
    </form>
  );
}
