import { addWindow } from "./add-window";
import { closeWindow } from "./close-window";
import { deleteWindow } from "./delete-window";
import { updateWindow } from "./update-window";

export { addWindow, closeWindow, deleteWindow, updateWindow };
export * from "./schemas";

/** Every mutating window verb (all need "incident:write"), for the authorization matrix. */
export const windowVerbs = { addWindow, updateWindow, closeWindow, deleteWindow };
