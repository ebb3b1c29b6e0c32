"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { LANGUAGES, SUPPORTED_LANGUAGES } from "@/lib/i18n/languages";
import { FormMessage } from "@/components/admin/form-message";
import { fieldErrors } from "@/components/ui/form-status";
import type { Settings } from "@/server/settings/get-settings";

type Props = {
  settings: Settings;
  timeZones: string[];
  canWrite: boolean;
  action: FormAction;
  /** Set when PUBLIC_URL overrides the field. */
  publicUrlFromEnv?: string;
  /** Set when DKIM_DOMAIN does not align with the sender address's domain. */
  dkimWarning?: string | null;
};

const FIELDS = [
  "pageName",
  "publicUrl",
  "logoUrl",
  "logoDarkUrl",
  "faviconUrl",
  "accentColor",
  "supportUrl",
  "footerLinks",
  "timeZone",
  "senderName",
  "senderEmail",
  "replyTo",
  "uptimeWeightMajor",
  "uptimeWeightPartial",
  "uptimeWeightDegraded",
] as const;
const section = "grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 dark:border-slate-800";
const legend = "px-1 text-sm font-semibold";

/** The stored JSON links back as the lines the field takes. */
function footerLinesOf(json: string | null): string {
  if (!json) return "";
  try {
    return (JSON.parse(json) as Array<{ label: string; url: string }>).map((l) => `${l.label} | ${l.url}`).join("\n");
  } catch {
    return "";
  }
}

/** Every setting in one form; the server's zod errors show under each field. */
export function SettingsForm({ settings: s, timeZones, canWrite, action, publicUrlFromEnv, dkimWarning }: Props) {
  const { state, pending, onSubmit, formRef } = useFormAction(action);
  const errors = (name: string) => fieldErrors(state, name);
  const text = (name: (typeof FIELDS)[number], label: string, hint?: ReactNode, props: InputHTMLAttributes<HTMLInputElement> = {}) => (
    <TextField label={label} name={name} defaultValue={s[name] ?? ""} errors={errors(name)} hint={hint} {...props} />
  );
  const weight = (name: "uptimeWeightMajor" | "uptimeWeightPartial" | "uptimeWeightDegraded", label: string, hint: string) =>
    text(name, label, hint, { type: "number", inputMode: "decimal", min: 0, max: 1, step: "any", required: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5" aria-label="Settings">
      <fieldset disabled={!canWrite} className="contents">
        <fieldset className={section}>
          <legend className={legend}>Public page</legend>
          {text("pageName", "Page name", "The title customers see, e.g. “Acme Status”.", { required: true, maxLength: 80 })}
          {text(
            "publicUrl",
            "Public URL",
            publicUrlFromEnv
              ? `The server's PUBLIC_URL (${publicUrlFromEnv}) is in use for every link; this field counts only when PUBLIC_URL is unset.`
              : "Where customers reach the page (http:// or https://); used in emails, feeds, the API, webhooks and the widget.",
            { type: "url", required: true },
          )}
          {text("logoUrl", "Logo URL", "Optional. An https:// address or a path on this site such as /logo.svg.")}
          {text(
            "timeZone",
            "Default time zone",
            "IANA name, e.g. Europe/Berlin. Uptime days follow this zone; visitors can still see their own.",
            { required: true, list: "time-zones" },
          )}
          <datalist id="time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <SelectField
            label="Language"
            name="language"
            options={LANGUAGES.map((lang) => ({ value: lang, label: SUPPORTED_LANGUAGES[lang].name }))}
            defaultValue={s.language}
            errors={errors("language")}
            hint="The public page's, its emails' and feeds' (dates too). This console stays in English."
          />
        </fieldset>

        <fieldset className={section}>
          <legend className={legend}>Branding</legend>
          {text("logoDarkUrl", "Dark-mode logo URL", "Optional. Shown instead of the logo in dark mode.")}
          {text("faviconUrl", "Icon URL", "Optional. The browser tab's icon (.ico, .png or .svg); https:// or a path on this site.")}
          {text(
            "accentColor",
            "Accent colour",
            "Optional. A hex colour such as #1d4ed8 for buttons; white text on it must meet WCAG AA (4.5:1).",
            {
              pattern: "#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})",
            },
          )}
          {text("supportUrl", "Support URL", "Optional. A “Contact support” link on the page: https:// or mailto:.")}
          <div className="sm:col-span-2">
            <TextAreaField
              label="Footer links"
              name="footerLinks"
              rows={3}
              defaultValue={footerLinesOf(s.footerLinks)}
              errors={errors("footerLinks")}
              hint="Optional. Up to 5, one per line: Label | https://…"
            />
          </div>
        </fieldset>

        <fieldset className={section}>
          <legend className={legend}>Email sender</legend>
          {text("senderName", "Sender name", undefined, { required: true, maxLength: 80 })}
          {text("senderEmail", "Sender address", "The From address of notifications.", { type: "email", required: true })}
          {text(
            "replyTo",
            "Reply-To address",
            "Optional. Where replies to notifications go (e.g. your support desk); empty: to the sender.",
            { type: "email" },
          )}
          {dkimWarning && (
            <p
              role="alert"
              data-testid="dkim-warning"
              className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:col-span-2 dark:bg-amber-950/40 dark:text-amber-200"
            >
              {dkimWarning}
            </p>
          )}
        </fieldset>

        <fieldset className={`${section} sm:grid-cols-3`}>
          <legend className={legend}>Uptime weights</legend>
          <div id="weights-help" className="text-sm text-slate-700 sm:col-span-3 dark:text-slate-300">
            <p>
              Uptime % = 1 − weighted downtime ÷ observed time. A minute at a severity counts as that fraction of a minute down: weight 1 is
              fully down, 0 is not down at all. Overlapping windows count once, at the worst severity; maintenance time is not counted
              either way.
            </p>
            <p className="mt-1">Each weight is between 0 and 1, and a worse severity never weighs less: major ≥ partial ≥ degraded.</p>
          </div>
          {weight("uptimeWeightMajor", "Major outage", "Default 1.")}
          {weight("uptimeWeightPartial", "Partial outage", "Default 0.3.")}
          {weight("uptimeWeightDegraded", "Degraded performance", "Default 0.")}
        </fieldset>
      </fieldset>
      {canWrite ? (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save settings"}
          </Button>
          <div className="flex-1">
            <FormMessage state={state} fields={FIELDS} />
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Only owners and admins can change settings.</p>
      )}
    </form>
  );
}
