import { forbidden, unauthorized } from "next/navigation";
import { logger } from "@/lib/logger";
import { en } from "@/lib/i18n/en";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
  fromPrismaError,
  type FieldErrors,
} from "./errors";

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; fieldErrors?: FieldErrors; status: number; retryAfter?: number };

export function statusOf(error: DomainError): number {
  if (error instanceof ValidationError) return 422;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof TooManyRequestsError) return 429;
  return 400;
}

/** Domain errors become messages with field errors; anything else a generic 500, logged, never echoed. */
export function toFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  const mapped = fromPrismaError(error);
  if (mapped instanceof DomainError) {
    return {
      ok: false,
      error: mapped.message,
      status: statusOf(mapped),
      ...(mapped instanceof ValidationError ? { fieldErrors: mapped.fieldErrors } : {}),
      ...(mapped instanceof TooManyRequestsError ? { retryAfter: mapped.retryAfter } : {}),
    };
  }
  logger.error({ err: error }, "unexpected error");
  return { ok: false, error: en.answers.failed, status: 500 };
}

/** The one adapter for server actions: run the verb, map what it throws. */
export async function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    // Refusals are real HTTP statuses, so a forged request (a viewer replaying an editor's action)
    // gets 403/401 rather than a 200 carrying an error; the console's forbidden page renders.
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof UnauthorizedError) unauthorized();
    return toFailure(error);
  }
}

type Failure = Extract<ActionResult, { ok: false }>;
const NOT_A_FORM: Failure = { ok: false, error: en.answers.notAForm, status: 400 };

/**
 * Declares a form's server action: `(previous state or a bound value, the form)`. Next calls an
 * action with whatever arguments a request encodes (JSON values, or a bare form post that passes
 * the form first), so the form is checked to be one before the action reads a field from it.
 */
export function formAction<A, R>(action: (first: A, form: FormData) => Promise<R>): (first: A, form: FormData) => Promise<R | Failure> {
  return async (first, form) => (form instanceof FormData ? action(first, form) : NOT_A_FORM);
}

/** The one adapter for route handlers: JSON errors with the right status. */
export function errorResponse(error: unknown): Response {
  const failure = toFailure(error);
  const headers = failure.retryAfter ? { "Retry-After": String(failure.retryAfter) } : undefined;
  return Response.json({ error: failure.error, fieldErrors: failure.fieldErrors }, { status: failure.status, headers });
}

// redirect() and notFound() work by throwing; they must pass through.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
