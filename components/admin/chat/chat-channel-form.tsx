"use client";

import { Button } from "@/components/ui/button";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "../form-message";
import { CHAT_KIND_OPTIONS } from "./kinds";

const FIELDS = ["kind", "url", "label", "componentIds"];

/** Adds a channel by its incoming-webhook URL; it hears every announcement on the chosen components. */
export function ChatChannelForm({ action, components }: { action: FormAction<unknown>; components: Array<{ id: string; name: string }> }) {
  const { state, onSubmit, pending, formRef } = useFormAction(action, { reset: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label="Add a chat channel">
      <SelectField
        id="chat-kind"
        label="Service"
        name="kind"
        options={CHAT_KIND_OPTIONS}
        defaultValue="slack"
        errors={fieldErrors(state, "kind")}
      />
      <TextField
        id="chat-label"
        label="Name (optional)"
        name="label"
        placeholder="#status in Acme's Slack"
        errors={fieldErrors(state, "label")}
      />
      <div className="sm:col-span-2">
        <TextField
          id="chat-url"
          label="Incoming-webhook URL"
          name="url"
          type="url"
          required
          placeholder="https://hooks.slack.com/services/…"
          hint="Whoever has this URL can post to the channel: it is stored, never shown again in full."
          errors={fieldErrors(state, "url")}
        />
      </div>
      <CheckboxList
        legend="Components (none: all)"
        name="componentIds"
        options={components.map((c) => ({ value: c.id, label: c.name }))}
        checked={new Set()}
        errors={fieldErrors(state, "componentIds") ?? fieldErrors(state, "componentIds.0")}
      />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Adding…" : "Add channel"}
        </Button>
        <FormMessage state={state} fields={FIELDS} />
      </div>
    </form>
  );
}
