/** The columns a delivery log shows (webhook endpoints, chat channels): state, attempts, error, times. */
export const DELIVERY_LOG_FIELDS = {
  id: true,
  state: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const;
