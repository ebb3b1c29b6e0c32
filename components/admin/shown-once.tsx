"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { AdminIcon } from "./icons";

/** A secret (token, invite link, signing key) shown once after creation, with a copy button. */
export function ShownOnce({
  id,
  label,
  value,
  children,
  footer,
}: {
  id: string;
  label: string;
  value: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div
      role="status"
      className="rounded-lg border border-emerald-600/30 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-400/30 dark:bg-emerald-950/40 dark:text-emerald-100"
    >
      <p className="font-medium">{children}</p>
      <div className="mt-2 flex gap-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          readOnly
          value={value}
          data-testid={id}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-700/30 bg-white px-2.5 py-1.5 font-mono text-xs text-slate-900 dark:border-emerald-400/30 dark:bg-slate-950 dark:text-slate-100"
        />
        <Button variant="secondary" size="sm" onClick={copy} className="h-auto">
          <AdminIcon name={copied ? "check" : "copy"} />
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {footer && <p className="mt-2 text-xs">{footer}</p>}
    </div>
  );
}
