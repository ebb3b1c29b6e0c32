import { z } from "zod";
import { findTextProblem } from "@/lib/text-hygiene";

/** Field path → messages, as forms show them. `_form` holds errors not tied to one field. */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {}

export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Some fields need attention",
  ) {
    super(message);
  }

  static field(field: string, message: string): ValidationError {
    return new ValidationError({ [field]: [message] }, message);
  }

  static fromZod(error: z.ZodError): ValidationError {
    const fieldErrors: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? issue.path.join(".") : "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const first = error.issues[0];
    const summary = first ? `${first.path.join(".") || "input"}: ${first.message}` : "Invalid input";
    return new ValidationError(fieldErrors, summary);
  }
}

/** 404. `NotFoundError.of("Incident")` says "Incident not found"; `withMessage` says the whole sentence given. */
export class NotFoundError extends DomainError {
  private constructor(message: string) {
    super(message);
  }

  static of(entity: string): NotFoundError {
    return new NotFoundError(`${entity} not found`);
  }

  static withMessage(message: string): NotFoundError {
    return new NotFoundError(message);
  }
}

export class ConflictError extends DomainError {}

/** Too many attempts; the message names the limit and when to try again. */
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Sign in first") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Your role does not allow this") {
    super(message);
  }
}

/**
 * Parses with zod; bad input becomes a ValidationError naming each field. Every verb parses here,
 * so text that cannot be stored faithfully (lone surrogates, control characters) is refused here too.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const bad = findTextProblem(input);
  if (bad) throw ValidationError.field(bad.path, `${bad.path === "input" ? "The input" : "This field"} ${bad.problem}`);
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

/** Maps Prisma's known request errors by code (never by message) to domain errors; others pass. */
export function fromPrismaError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  const target = (error as { meta?: { target?: unknown; modelName?: string } })?.meta;
  if (code === "P2002") {
    const fields = Array.isArray(target?.target) ? target.target.join(", ") : String(target?.target ?? "value");
    return new ConflictError(`Another record already uses this ${fields}`);
  }
  if (code === "P2025") return NotFoundError.of(target?.modelName ?? "Record");
  if (code === "P2003") return new ConflictError("It is still referenced by other records");
  return error;
}
