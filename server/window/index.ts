import { addWindow } from "./add-window";
import { closeWindow } from "./close-window";
import { deleteWindow } from "./delete-window";
import { updateWindow } from "./update-window";

export { addWindow, closeWindow, deleteWindow, updateWindow };
export * from "./schemas";
export { windowProblems, windowSetProblems, overlaps, type WindowProblem, type WindowSpan } from "./validate";

/** Every mutating window verb (all need "incident:write"), for the authorization matrix. */
export const windowVerbs = { addWindow, updateWindow, closeWindow, deleteWindow };
