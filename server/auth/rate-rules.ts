/**
 * Per-IP rules for better-auth's limiter (database-backed, so they hold across instances).
 * better-auth prunes rows of the shared RateLimit table once idle for the longest window listed
 * here, and our own counters (sign-in per account, subscribe per IP/address) live in that table
 * too — so the longest window here must cover the longest of ours (the daily subscribe cap), or
 * they would reset early.
 */
export const LONGEST_OWN_WINDOW_SECONDS = 24 * 3600;

export const RATE_RULES = {
  "/sign-in/email": { window: 60, max: 5 },
  "/change-password": { window: 300, max: 5 },
  // A disabled path: this rule exists for its window, which keeps day-long counters alive.
  "/request-password-reset": { window: LONGEST_OWN_WINDOW_SECONDS, max: 3 },
};

// Per account, from browsers that never signed in to it: slows guessing spread over many IPs.
export const SIGN_IN_PER_ACCOUNT = { windowSeconds: 300, max: 10 };
// Per known browser of an account (its own budget, so the owner is never locked out by others).
export const SIGN_IN_PER_KNOWN_DEVICE = { windowSeconds: 300, max: 20 };
