export { getDeliveryControl, setDeliveryPaused, SetPausedInput } from "./kill-switch";
export { getDevMail, listDevMail } from "./mailbox";
export { listFailures, listNotifications, type Progress } from "./progress";
export { retryFailedDeliveries, RetryFailedInput } from "./retry-failed";
