"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Tone = "info" | "ok" | "error";
type Announce = (text: string, tone?: Tone) => void;

const AnnounceContext = createContext<Announce>(() => {});

const TONE: Record<Exclude<Tone, "info">, string> = {
  ok: "bg-green-50 text-green-900 dark:bg-green-950/40 dark:text-green-200",
  error: "bg-red-50 text-red-900 dark:bg-red-950/40 dark:text-red-200",
};

/**
 * The console's voice: every message is read by screen readers (a polite live region); outcomes
 * ("ok", "error") are also shown at the top, while "info" (e.g. a new position) is spoken only.
 */
export function LiveRegion({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; tone: Tone; n: number }>({ text: "", tone: "info", n: 0 });
  // The counter re-keys the node, so the same sentence twice is announced twice.
  const announce = useCallback<Announce>((text, tone = "info") => setMessage((m) => ({ text, tone, n: m.n + 1 })), []);
  const visible = message.tone !== "info" && message.text;
  return (
    <AnnounceContext.Provider value={announce}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-region" className={visible ? "" : "sr-only"}>
        <p key={message.n} className={visible ? `rounded-md px-3 py-2 text-sm ${TONE[message.tone as "ok" | "error"]}` : ""}>
          {message.text}
        </p>
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
