export { createComponent } from "./create-component";
export { deleteComponent } from "./delete-component";
export { listComponents, type AdminComponent, type AdminGroup, type AdminRow } from "./list-components";
export { refreshComponentStatuses } from "./refresh-statuses";
export { reorderComponents } from "./reorder-components";
export { setComponentStatus } from "./set-component-status";
export { updateComponent } from "./update-component";
export * from "./schemas";
