"use client";

import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter, InlineForm, useInlineForm } from "@/components/admin/inline-form";
import { fieldErrors } from "@/components/ui/form-status";
import type { AdminComponent } from "@/server/component/list-components";
import { useComponentActions } from "./actions-context";

type Props = {
  component?: AdminComponent;
  groups: Array<{ id: string; name: string }>;
  defaultGroupId?: string | null;
  onClose: () => void;
};

const dateValue = (date: Date | null | undefined) => (date ? new Date(date).toISOString().slice(0, 10) : "");

/** Add (no `component`) or edit a component. Only one form is open at a time, so field ids stay unique. */
export function ComponentForm({ component, groups, defaultGroupId = null, onClose }: Props) {
  const actions = useComponentActions();
  const { state, pending, onSubmit, formRef } = useInlineForm(
    component ? actions.updateComponent : actions.createComponent,
    component ? (name) => `${name || component.name} saved.` : "Component added.",
    onClose,
  );
  const errors = (name: string) => fieldErrors(state, name);
  const groupOptions = [{ value: "", label: "— Top level (no group) —" }, ...groups.map((g) => ({ value: g.id, label: g.name }))];
  return (
    <InlineForm formRef={formRef} onSubmit={onSubmit} label={component ? `Edit ${component.name}` : "New component"}>
      {component && <input type="hidden" name="componentId" value={component.id} />}
      <TextField label="Name" name="name" required maxLength={120} defaultValue={component?.name} errors={errors("name")} autoFocus />
      <SelectField
        label="Group"
        name="groupId"
        options={groupOptions}
        defaultValue={component ? (component.groupId ?? "") : (defaultGroupId ?? "")}
        errors={errors("groupId")}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          label="Description"
          name="description"
          rows={2}
          maxLength={500}
          defaultValue={component?.description ?? ""}
          errors={errors("description")}
          hint="Shown under the name on the public page. Optional."
        />
      </div>
      <TextField
        label="Count uptime from"
        name="startDate"
        type="date"
        defaultValue={dateValue(component?.startDate)}
        errors={errors("startDate")}
        hint="Days before this (UTC) show no data instead of 100%. Optional."
      />
      <div className="flex flex-col gap-2 pt-6">
        <CheckboxField label="Show on the public page" name="showcase" defaultChecked={component?.showcase ?? true} />
        <CheckboxField
          label="Only show while not operational"
          name="onlyShowIfDegraded"
          defaultChecked={component?.onlyShowIfDegraded ?? false}
        />
      </div>
      <FormFooter
        submit={component ? "Save component" : "Add component"}
        pending={pending}
        state={state}
        fields={["name", "groupId", "description", "startDate"]}
        onCancel={onClose}
      />
    </InlineForm>
  );
}
