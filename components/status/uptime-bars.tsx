"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { useLanguage } from "@/components/i18n/language";
import type { DayUptime } from "@/lib/domain/daily-uptime";
import { fill, messages } from "@/lib/i18n";
import { DayBar, dayAccessibleName, levelClass } from "./uptime-day-bar";
import { UptimeLegend } from "./uptime-legend";
import { UptimePopover, type UptimeIncidentLinks } from "./uptime-popover";
import { uptimeSummary } from "./uptime-summary";

type Props = {
  componentName: string;
  days: DayUptime[];
  uptime: number | null;
  incidents: UptimeIncidentLinks;
  /** Every day at any width, wrapped into rows (component pages); otherwise as many as fit (30 / 60 / 90). */
  all?: boolean;
};
// hover: follows the mouse and closes when it leaves; focus and pin (click or tap) stay until dismissed.
type Open = { index: number; via: "hover" | "focus" | "pin" } | null;

const EDGE = 8; // px kept free between the popover and the viewport edge
const GAP = 8; // px between the bars and the popover
const OVERHANG = 12; // px the popover may extend past the row's sides

const noSubscription = () => () => {};

/**
 * One bar per day (last 30 / 60 / 90 days depending on the container's width), with a details popover on
 * hover, keyboard focus and tap. The row is one tab stop; arrow keys, Home and End move between days.
 *
 * The server HTML (what a reader without JavaScript gets) draws the same bars as empty marks under one spoken
 * summary: a named button per day would be most of the page's bytes. The buttons replace the marks right after
 * hydration (the first client render matches the server's, so nothing mismatches).
 */
export function UptimeBars({ componentName, days, uptime, incidents, all = false }: Props) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const popoverId = useId();
  const [open, setOpen] = useState<Open>(null);
  const [focusIndex, setFocusIndex] = useState(days.length - 1);
  const rootRef = useRef<HTMLDivElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const barRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const activeIndex = open?.index ?? null;
  const lang = useLanguage();

  // Place the popover under (or, without room, above) its bar, inside the viewport horizontally.
  useLayoutEffect(() => {
    if (activeIndex === null) return;
    const place = () => {
      const [root, row, pop, bar] = [rootRef.current, rowRef.current, popoverRef.current, barRefs.current[activeIndex]];
      if (!root || !row || !pop || !bar) return;
      const rootBox = root.getBoundingClientRect();
      const rowBox = row.getBoundingClientRect();
      const barBox = bar.getBoundingClientRect();
      const { offsetWidth: width, offsetHeight: height } = pop;
      const center = barBox.left + barBox.width / 2;
      // Stay over the component's own row where it is wide enough (a little overhang is fine), and always
      // inside the viewport.
      const viewport = document.documentElement.clientWidth;
      let [minLeft, maxLeft] = [Math.max(EDGE, rootBox.left - OVERHANG), Math.min(viewport - EDGE, rootBox.right + OVERHANG) - width];
      if (maxLeft < minLeft) [minLeft, maxLeft] = [EDGE, viewport - EDGE - width];
      const left = Math.max(minLeft, Math.min(center - width / 2, maxLeft));
      const below = rowBox.bottom + GAP + height <= window.innerHeight || rowBox.top - GAP - height < 0;
      pop.dataset.side = below ? "bottom" : "top";
      pop.style.left = `${left - rootBox.left}px`;
      pop.style.top = `${below ? rowBox.bottom - rootBox.top + GAP : rowBox.top - rootBox.top - GAP - height}px`;
      pop.style.setProperty("--arrow-x", `${Math.max(12, Math.min(center - left, width - 12))}px`);
      pop.style.visibility = "visible";
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [activeIndex]);

  // A tap or click anywhere else closes it.
  useEffect(() => {
    if (activeIndex === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [activeIndex]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  // Escape closes from a bar or from a link inside the popover (focus then goes back to the day).
  const onEscape = (event: React.KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    event.stopPropagation();
    if (popoverRef.current?.contains(document.activeElement)) barRefs.current[open.index]?.focus();
    setOpen(null);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    // Only the days shown at this width: the others are display:none and cannot take focus.
    const shown = barRefs.current.flatMap((bar, index) => (bar && bar.getClientRects().length > 0 ? [index] : []));
    const position = shown.indexOf(focusIndex);
    const target = { ArrowLeft: position - 1, ArrowRight: position + 1, Home: 0, End: shown.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = shown[Math.max(0, Math.min(target, shown.length - 1))];
    if (index !== undefined) barRefs.current[index]?.focus();
  };

  const incidentCount = (day: DayUptime) => day.incidentIds.filter((id) => incidents[id]).length;
  const activeDay = activeIndex === null ? undefined : days[activeIndex];

  return (
    <div
      ref={rootRef}
      className="@container relative"
      onKeyDown={onEscape}
      onPointerEnter={() => clearTimeout(closeTimer.current)}
      onPointerLeave={(event) => {
        if (event.pointerType !== "mouse" || open?.via !== "hover") return;
        closeTimer.current = setTimeout(() => setOpen((current) => (current?.via === "hover" ? null : current)), 120);
      }}
      onBlur={(event) => {
        if (rootRef.current?.contains(event.relatedTarget as Node | null)) return;
        // Leaving the widget: close, and make "today" (always shown) the row's tab stop again.
        setOpen((current) => (current?.via === "hover" ? current : null));
        setFocusIndex(days.length - 1);
      }}
    >
      <div
        ref={rowRef}
        role={hydrated ? "toolbar" : "img"}
        aria-label={
          hydrated ? fill(messages(lang).uptime.rowLabel, { name: componentName }) : uptimeSummary(componentName, days, incidentCount, lang)
        }
        className={all ? "uptime-bars all" : "uptime-bars"}
        style={
          all
            ? ({ "--per-row": Math.min(days.length, 92), "--per-row-narrow": Math.min(days.length, 46) } as React.CSSProperties)
            : undefined
        }
        onKeyDown={onKeyDown}
      >
        {!hydrated && days.map((day) => <i key={day.date} className={levelClass(day.level)} />)}
        {hydrated &&
          days.map((day, index) => (
            <DayBar
              key={day.date}
              ref={(element) => {
                barRefs.current[index] = element;
              }}
              day={day}
              label={dayAccessibleName(day, incidentCount(day), index === days.length - 1, lang)}
              tabbable={index === Math.min(focusIndex, days.length - 1)}
              active={index === activeIndex}
              popoverId={popoverId}
              onFocus={() => {
                setFocusIndex(index);
                setOpen({ index, via: "focus" });
              }}
              onClick={() => setOpen((current) => (current?.index === index && current.via === "pin" ? null : { index, via: "pin" }))}
              onPointerEnter={(event) => {
                if (event.pointerType !== "mouse") return;
                clearTimeout(closeTimer.current);
                setOpen((current) => ({ index, via: current?.index === index ? current.via : "hover" }));
              }}
            />
          ))}
      </div>
      {activeDay && activeIndex !== null && (
        <UptimePopover
          ref={popoverRef}
          id={popoverId}
          day={activeDay}
          isToday={activeIndex === days.length - 1}
          incidents={incidents}
          lang={lang}
        />
      )}
      <UptimeLegend days={days} uptime={uptime} all={all} lang={lang} />
    </div>
  );
}
