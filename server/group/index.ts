export { createGroup } from "./create-group";
export { deleteGroup } from "./delete-group";
export { updateGroup } from "./update-group";
export * from "./schemas";
