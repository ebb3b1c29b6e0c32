import { DomainError, TooManyRequestsError } from "@/server/errors";

/** Too many subscribe attempts (HTTP 429). */
export class RateLimitError extends TooManyRequestsError {}

/** A confirmation or subscription link that is unknown, used or expired. */
export class InvalidLinkError extends DomainError {}
