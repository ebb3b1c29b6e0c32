"use client";

import { useEffect, useState } from "react";
import type { DeliveryDashboard } from "@/server/delivery/admin";
import type { Serialized } from "@/lib/serialized";

export type LiveDashboard = Serialized<DeliveryDashboard>;

const POLL_MS = 2_000;

/**
 * The deliveries page's data, refreshed every 2 s from /api/admin/deliveries while anything is
 * pending (queued, retrying, sending, expanding); polling stops once nothing will change by itself.
 * A new server render (after an action) replaces the data and restarts polling when needed.
 */
export function useLiveDashboard(initial: LiveDashboard, eventId?: string): { data: LiveDashboard; live: boolean } {
  const [source, setSource] = useState(initial);
  const [data, setData] = useState(initial);
  // Bumped after every poll, success or not, to schedule the next one.
  const [round, setRound] = useState(0);
  if (source !== initial) {
    setSource(initial);
    setData(initial);
  }
  const pending = data.pending;
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/admin/deliveries${eventId ? `?event=${encodeURIComponent(eventId)}` : ""}`, {
          cache: "no-store",
        });
        if (!stopped && response.ok) setData((await response.json()) as LiveDashboard);
      } catch {
        // Offline for a moment: keep the last numbers; the next render schedules another try.
      }
      if (!stopped) setRound((r) => r + 1);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [pending, eventId, round]);
  return { data, live: pending };
}
