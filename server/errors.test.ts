import { describe, expect, it } from "vitest";
import { statusOf, toFailure } from "./action-result";
import { DomainError, fromPrismaError, NotFoundError } from "./errors";

describe("NotFoundError", () => {
  it("names a missing entity, or says the sentence it is given, without appending to it", () => {
    expect(NotFoundError.of("Incident").message).toBe("Incident not found");
    expect(NotFoundError.withMessage("Unknown action: use test or rotate-secret").message).toBe(
      "Unknown action: use test or rotate-secret",
    );
  });

  it("is a domain error that answers 404 with its message", () => {
    for (const error of [NotFoundError.of("Webhook endpoint"), NotFoundError.withMessage("This token does not exist")]) {
      expect(error).toBeInstanceOf(DomainError);
      expect(statusOf(error)).toBe(404);
      expect(toFailure(error)).toEqual({ ok: false, error: error.message, status: 404 });
    }
  });

  it("is what Prisma's 'record to update not found' becomes, named by its model", () => {
    const mapped = fromPrismaError({ code: "P2025", meta: { modelName: "Component" } });
    expect(mapped).toBeInstanceOf(NotFoundError);
    expect((mapped as NotFoundError).message).toBe("Component not found");
  });
});
