"use client";

import { CheckboxField, TextField } from "@/components/ui/field";
import { FormFooter, InlineForm, useInlineForm } from "@/components/admin/inline-form";
import { fieldErrors } from "@/components/ui/form-status";
import type { AdminGroup } from "@/server/component/list-components";
import { useComponentActions } from "./actions-context";

/** Add (no `group`) or edit a group. */
export function GroupForm({ group, onClose }: { group?: AdminGroup; onClose: () => void }) {
  const actions = useComponentActions();
  const { state, pending, onSubmit, formRef } = useInlineForm(
    group ? actions.updateGroup : actions.createGroup,
    group ? (name) => `${name || group.name} saved.` : "Group added.",
    onClose,
  );
  return (
    <InlineForm formRef={formRef} onSubmit={onSubmit} label={group ? `Edit group ${group.name}` : "New group"}>
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
      <FormFooter
        submit={group ? "Save group" : "Add group"}
        pending={pending}
        state={state}
        fields={["name", "description"]}
        onCancel={onClose}
      />
    </InlineForm>
  );
}
