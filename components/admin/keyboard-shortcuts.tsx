"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { NavItem } from "./nav-items";

const SEQUENCE_MS = 1500;

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** "g" then a letter jumps to a section; "?" lists the shortcuts. Ignored while typing in a field. */
export function KeyboardShortcuts({ items }: { items: NavItem[] }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const pendingSince = useRef(0);

  useEffect(() => {
    const targets = new Map(items.flatMap((item) => (item.shortcut && !item.soon ? [[item.shortcut, item.href] as const] : [])));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "?" || (key === "/" && event.shiftKey)) {
        event.preventDefault();
        dialog.current?.showModal();
        return;
      }
      if (Date.now() - pendingSince.current < SEQUENCE_MS && targets.has(key)) {
        event.preventDefault();
        pendingSince.current = 0;
        router.push(targets.get(key)!);
        return;
      }
      pendingSince.current = key === "g" ? Date.now() : 0;
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [items, router]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="m-auto w-full max-w-sm rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3 dark:border-slate-800">
        <h2 id="shortcuts-title" className="text-sm font-semibold">
          Keyboard shortcuts
        </h2>
        <form method="dialog">
          <button className="rounded px-1.5 text-sm text-slate-600 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-slate-400 dark:hover:text-white">
            Close
          </button>
        </form>
      </div>
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-2 px-5 py-4 text-sm">
        {items
          .filter((item) => item.shortcut && !item.soon)
          .map((item) => (
            <div key={item.href} className="contents">
              <dt className="text-slate-700 dark:text-slate-300">{item.label}</dt>
              <dd>
                <Keys keys={["G", item.shortcut!.toUpperCase()]} />
              </dd>
            </div>
          ))}
        <dt className="text-slate-700 dark:text-slate-300">This list</dt>
        <dd>
          <Keys keys={["?"]} />
        </dd>
      </dl>
    </dialog>
  );
}

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="flex gap-1">
      {keys.map((key) => (
        <kbd
          key={key}
          className="min-w-6 rounded border border-slate-300 bg-slate-50 px-1.5 text-center font-sans text-xs leading-5 text-slate-800 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200"
        >
          {key}
        </kbd>
      ))}
    </span>
  );
}
