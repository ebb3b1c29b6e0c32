export { isPaused } from "./is-paused";
export { listJobControls, readJobControl, type JobControlView } from "./list-job-controls";
export { setJobPaused } from "./set-job-paused";
export { countWaiting, dueMaintenance } from "./waiting";
export * from "./schemas";
