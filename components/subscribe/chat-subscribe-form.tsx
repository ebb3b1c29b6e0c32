"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { ComponentPicker } from "./component-picker";
import type { PickerSection } from "./picker-options";
import { linkClass, Notice } from "./public-card";

const KINDS = [
  { value: "slack", label: "Slack" },
  { value: "teams", label: "Microsoft Teams" },
  { value: "discord", label: "Discord" },
  { value: "generic", label: "Another service (JSON webhook)" },
];

/** A channel's incoming-webhook URL and a component choice; the channel then gets a confirmation message. */
export function ChatSubscribeForm({ sections, action }: { sections: PickerSection[]; action: FormAction<unknown> }) {
  const { state, onSubmit, pending } = useFormAction(action);
  if (state?.ok) {
    return (
      <Notice tone="ok">
        <p className="font-semibold">Look in the channel</p>
        <p className="mt-1">{state.message}</p>
        <p className="mt-2">
          <a href="/subscribe/chat" className={linkClass}>
            Add another channel
          </a>
        </p>
      </Notice>
    );
  }
  const shown = new Set(["kind", "url", "componentIds"]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label="Get updates in a chat channel">
      <SelectField id="chat-kind" label="Service" name="kind" options={KINDS} defaultValue="slack" errors={fieldErrors(state, "kind")} />
      <TextField
        id="chat-url"
        label="The channel's incoming-webhook URL"
        name="url"
        type="url"
        required
        placeholder="https://hooks.slack.com/services/…"
        hint="Create one in the channel's settings (Slack: Incoming Webhooks app; Teams: Workflows; Discord: Integrations → Webhooks). We post a confirmation there first."
        errors={fieldErrors(state, "url")}
      />
      <ComponentPicker sections={sections} selected={[]} errors={fieldErrors(state, "componentIds")} />
      {state && !state.ok && !Object.keys(state.fieldErrors ?? {}).some((k) => shown.has(k)) && <FormStatus state={state} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send the confirmation"}
        </Button>
      </div>
    </form>
  );
}
