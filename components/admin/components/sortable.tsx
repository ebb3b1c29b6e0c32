"use client";

import { useOptimistic, useTransition } from "react";
import { moveItem } from "@/lib/domain/page-order";
import { useComponentActions } from "./actions-context";
import { useAnnounce } from "./live-region";

/**
 * One orderable scope (a group, or the top level). Moves show at once (optimistic), are saved as
 * the scope's full new order, and are announced with the new position; a refused save rolls back.
 */
export function useSortable<T extends { id: string; name: string }>(groupId: string | null, items: T[], scope: string) {
  const announce = useAnnounce();
  const { reorder } = useComponentActions();
  const [order, setOrder] = useOptimistic(items.map((item) => item.id));
  const [, startTransition] = useTransition();
  const byId = new Map(items.map((item) => [item.id, item]));
  const sorted = order.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);

  function move(item: T, delta: -1 | 1) {
    const from = order.indexOf(item.id);
    const to = from + delta;
    if (from === -1 || to < 0 || to >= order.length) {
      announce(`${item.name} is already ${delta < 0 ? "first" : "last"} ${scope}.`);
      return;
    }
    const next = moveItem(order, item.id, delta);
    announce(`${item.name} moved to position ${to + 1} of ${order.length} ${scope}.`);
    startTransition(async () => {
      setOrder(next);
      const result = await reorder({ groupId, ids: next });
      if (!result.ok) announce(`${item.name} was not moved: ${result.error}`, "error");
    });
  }
  return { sorted, move };
}

const moveClass =
  "inline-flex size-7 items-center justify-center rounded border border-slate-300 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800";

/** Up/down buttons; at an end they stay focusable (aria-disabled) so keyboard focus is never lost. */
export function MoveButtons({
  name,
  index,
  count,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <span className="flex shrink-0 gap-1">
      <button
        type="button"
        className={moveClass}
        aria-label={`Move ${name} up`}
        title="Move up"
        aria-disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden>↑</span>
      </button>
      <button
        type="button"
        className={moveClass}
        aria-label={`Move ${name} down`}
        title="Move down"
        aria-disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden>↓</span>
      </button>
    </span>
  );
}
