import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./derive.mjs";

const canonical = `// Canonical schema.
generator client {
  provider = "prisma-client"
  output   = "../server/generated/sqlite"
}

datasource db {
  provider = "sqlite"
}

model Note {
  id   String @id
  body String
}
`;

describe("derivePostgresSchema", () => {
  it("swaps the provider and the client output, and keeps the rest", () => {
    const derived = derivePostgresSchema(canonical);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../../server/generated/postgresql"');
    expect(derived).not.toContain('"sqlite"');
    expect(derived).not.toContain("generated/sqlite");
    expect(derived).toContain("model Note {\n  id   String @id\n  body String\n}\n");
  });

  it("starts with a do-not-edit header", () => {
    const derived = derivePostgresSchema(canonical);
    expect(derived.split("\n")[0]).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma by `npm run db:derive`/);
    expect(derived.slice(derived.indexOf("\n") + 1)).toBe(
      canonical
        .replace('provider = "sqlite"', 'provider = "postgresql"')
        .replace('"../server/generated/sqlite"', '"../../server/generated/postgresql"'),
    );
  });

  it("leaves other provider lines alone", () => {
    const derived = derivePostgresSchema(canonical);
    expect(derived).toContain('provider = "prisma-client"');
  });

  it("throws when the sqlite provider line is missing", () => {
    expect(() => derivePostgresSchema(canonical.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(
      /datasource provider "sqlite" not found/,
    );
  });

  it("throws when the generator output is missing", () => {
    expect(() => derivePostgresSchema(canonical.replace(/ *output.*\n/, ""))).toThrow(/generator output/);
  });
});
