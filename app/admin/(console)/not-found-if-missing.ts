import { notFound } from "next/navigation";
import { NotFoundError, ValidationError } from "@/server/errors";

/**
 * For pages named after a record in the address: an unknown id, or one no record can have (too long,
 * malformed: the verb's input check refuses it), is a 404. Anything else is a real failure.
 */
export function notFoundIfMissing(error: unknown): never {
  if (error instanceof NotFoundError || error instanceof ValidationError) notFound();
  throw error;
}
