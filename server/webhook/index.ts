export { getWebhook, listWebhooks, type WebhookListRow } from "./list";
export { createWebhook, deleteWebhook, retryWebhookDelivery, rotateWebhookSecret, sendTestWebhook, updateWebhook } from "./manage";
export * from "./schemas";
export type { WebhookView } from "./view";
