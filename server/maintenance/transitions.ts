export type Transition = "start" | "verify" | "complete" | "cancel" | "edit";
type State = { status: string; cancelledAt: Date | null };

/** Statuses each transition may leave from (never from a cancelled maintenance). */
export const FROM: Record<Transition, readonly string[]> = {
  start: ["scheduled"],
  verify: ["in_progress"],
  complete: ["in_progress", "verifying"],
  cancel: ["scheduled", "in_progress", "verifying"],
  edit: ["scheduled", "in_progress", "verifying"],
};

export const TO: Record<"start" | "verify" | "complete", string> = { start: "in_progress", verify: "verifying", complete: "completed" };

/** The update posted with each transition when the engineer writes none. */
export const DEFAULT_MESSAGE: Record<"schedule" | "start" | "verify" | "complete" | "cancel", string> = {
  schedule: "Maintenance scheduled.",
  start: "The maintenance has started.",
  verify: "The work is done; we are verifying that everything works as expected.",
  complete: "The maintenance is complete.",
  cancel: "This maintenance has been cancelled.",
};

const VERB: Record<Transition, string> = {
  start: "started",
  verify: "moved to verifying",
  complete: "completed",
  cancel: "cancelled",
  edit: "edited",
};
const STATE: Record<string, string> = {
  scheduled: "scheduled",
  in_progress: "in progress",
  verifying: "being verified",
  completed: "completed",
};

/** Why `transition` is not allowed from `state`, or null when it is. */
export function refusal(state: State, transition: Transition): string | null {
  if (state.cancelledAt) return `This maintenance was cancelled; it cannot be ${VERB[transition]}.`;
  if (FROM[transition].includes(state.status)) return null;
  return `This maintenance is ${STATE[state.status] ?? state.status}; it cannot be ${VERB[transition]}.`;
}
