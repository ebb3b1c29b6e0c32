export { getWebhook, listWebhooks, type WebhookListRow } from "./list";
export { createWebhook, deleteWebhook, retryWebhookDelivery, rotateWebhookSecret, sendTestWebhook, updateWebhook } from "./manage";
export * from "./schemas";
export { WEBHOOK_CATEGORIES, type WebhookCategory } from "./events";
export type { WebhookView } from "./view";
