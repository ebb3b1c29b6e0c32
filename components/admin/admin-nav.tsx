"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { AdminIcon } from "./icons";
import { isActive, type NavItem } from "./nav-items";

const BASE =
  "group flex items-center gap-2.5 rounded-md text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400";
const VERTICAL = "px-2.5 py-1.5";
const HORIZONTAL = "shrink-0 px-2.5 py-1.5";
const IDLE =
  "text-slate-700 hover:bg-slate-200/70 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800/70 dark:hover:text-white";
const CURRENT = "bg-white text-slate-950 shadow-xs ring-1 ring-slate-900/10 dark:bg-slate-800 dark:text-white dark:ring-white/10";

/** Section links; the current section is marked for sight and for screen readers (aria-current). */
export function AdminNav({ items, orientation }: { items: NavItem[]; orientation: "vertical" | "horizontal" }) {
  const pathname = usePathname();
  const vertical = orientation === "vertical";
  return (
    <ul className={vertical ? "flex flex-col gap-0.5" : "flex gap-1 overflow-x-auto px-4 pb-2 [scrollbar-width:none]"}>
      {items.map((item) => {
        const layout = vertical ? VERTICAL : HORIZONTAL;
        if (item.soon) {
          return (
            <li key={item.href}>
              <span aria-disabled="true" className={`${BASE} ${layout} cursor-default text-slate-500 dark:text-slate-400`}>
                <AdminIcon name={item.icon} />
                {item.label}
                <span className="ml-auto rounded bg-slate-200/80 px-1.5 py-px text-[10px] font-semibold tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300">
                  Soon
                </span>
              </span>
            </li>
          );
        }
        const current = isActive(item.href, pathname);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              aria-keyshortcuts={item.shortcut ? `g ${item.shortcut}` : undefined}
              className={`${BASE} ${layout} ${current ? CURRENT : IDLE}`}
            >
              <AdminIcon name={item.icon} />
              {item.label}
              {vertical && item.shortcut && (
                <kbd className="ml-auto hidden font-sans text-[11px] text-slate-500 group-hover:inline group-focus-visible:inline dark:text-slate-400">
                  G {item.shortcut.toUpperCase()}
                </kbd>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
