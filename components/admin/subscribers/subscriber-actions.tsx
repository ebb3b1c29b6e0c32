"use client";

import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

type Props = {
  subscriberId: string;
  email: string;
  status: string;
  suppress: FormAction<undefined>;
  reactivate: FormAction<undefined>;
  remove: FormAction<undefined>;
};

const box = "flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800";

/** Suppress or reactivate, and remove (which asks first). Each shows the server's answer beside it. */
export function SubscriberActions({ subscriberId, email, status, suppress, reactivate, remove }: Props) {
  const suppressed = status === "bounced" || status === "complained";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {suppressed ? (
        <ActionForm action={reactivate} subscriberId={subscriberId} title="Reactivate" label="Reactivate" pendingLabel="Reactivating…">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The address works again (for example a full mailbox was emptied): send it updates again.
          </p>
        </ActionForm>
      ) : (
        <ActionForm action={suppress} subscriberId={subscriberId} title="Suppress" label="Suppress" pendingLabel="Suppressing…">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Stop every email to this address, keeping it on record so an import or sign-up cannot mail it again.
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              As
              <select name="status" defaultValue="bounced" className={controlClass}>
                <option value="bounced">Bounced</option>
                <option value="complained">Complained (spam report)</option>
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Reason (optional)
              <input name="reason" maxLength={500} className={controlClass} placeholder="Mailbox closed" />
            </label>
          </div>
        </ActionForm>
      )}
      <ActionForm
        action={remove}
        subscriberId={subscriberId}
        title="Remove"
        label="Remove subscriber"
        pendingLabel="Removing…"
        danger
        confirm={`Remove ${email}? Their delivery history stays; to stop mail but keep the address on record, suppress it instead.`}
      >
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Deletes the subscriber. Past deliveries stay in the history without the link to them.
        </p>
      </ActionForm>
    </div>
  );
}

function ActionForm({
  action,
  subscriberId,
  title,
  label,
  pendingLabel,
  danger,
  confirm,
  children,
}: {
  action: FormAction<undefined>;
  subscriberId: string;
  title: string;
  label: string;
  pendingLabel: string;
  danger?: boolean;
  confirm?: string;
  children: React.ReactNode;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form
      className={box}
      aria-label={title}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
    >
      <h3 className="text-sm font-semibold">{title}</h3>
      <input type="hidden" name="subscriberId" value={subscriberId} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" variant={danger ? "danger" : "secondary"} disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
        <div className="min-w-0 flex-1">
          <FormStatus state={state} />
        </div>
      </div>
    </form>
  );
}
