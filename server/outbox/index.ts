// The outbox: what goes out about a change (subscriber email, webhooks) is written in the change's
// own transaction, and the worker sends it after the commit.
export { record } from "./record";
export { finishChange, type ChangeTail } from "./finish-change";
export { WEBHOOK_CATEGORIES, WebhookCategory, parseCategories, type OutboxEvent, type OutboxEventType } from "./events";
