export { getDeliveryDashboard, type DeliveryDashboard } from "./dashboard";
export { getDevMail, listDevMail } from "./mailbox";
export { getNotificationProgress, listFailures, listNotifications, type EventProgress, type Progress, type RetryInfo } from "./progress";
export { describeRetry } from "./reports";
export { countRetryable, retryFailedDeliveries, type RetryReport } from "./retry-failed";
export * from "./schemas";
