import type { ActionResult } from "@/server/action-result";

type State = ActionResult<unknown> | null;

/** Field errors for one control, gathered from every path it answers for (e.g. "body" and "backfill.updates.0.body"). */
export function errorsFor(state: State, ...names: string[]): string[] | undefined {
  if (!state || state.ok || !state.fieldErrors) return undefined;
  const found = names.flatMap((name) => state.fieldErrors?.[name] ?? []);
  return found.length ? found : undefined;
}

const WORDS: Record<string, string> = {
  windows: "Window",
  updates: "Update",
  components: "Component",
  startedAt: "start",
  endedAt: "end",
  resolvedAt: "resolution",
  displayAt: "time",
  componentId: "component",
  body: "text",
};

/** "backfill.windows.1.endedAt" → "Window 2 end". */
export function pathLabel(path: string): string {
  return path
    .split(".")
    .filter((part) => part !== "backfill")
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : (WORDS[part] ?? part)))
    .join(" ");
}

/** Errors of fields the form shows no control for (nested list items): never hide what the server said. */
export function OtherErrors({ state, shown }: { state: State; shown: string[] }) {
  if (!state || state.ok || !state.fieldErrors) return null;
  const rest = Object.entries(state.fieldErrors).filter(([path]) => path !== "_form" && !shown.includes(path));
  const form = state.fieldErrors._form ?? [];
  if (rest.length === 0 && form.length === 0) return null;
  return (
    <ul role="alert" className="list-disc rounded-md bg-red-50 py-2 pr-3 pl-7 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-200">
      {form.map((message) => (
        <li key={message}>{message}</li>
      ))}
      {rest.map(([path, messages]) => (
        <li key={path}>
          <span className="font-medium">{pathLabel(path)}:</span> {messages.join(" ")}
        </li>
      ))}
    </ul>
  );
}
