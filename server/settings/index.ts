export { getSettings, type Settings } from "./get-settings";
export { updateSettings } from "./update-settings";
export * from "./schemas";
