export { createComponent } from "./create-component";
export { refreshComponentStatuses } from "./refresh-statuses";
export * from "./schemas";
