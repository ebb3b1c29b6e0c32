-- CreateTable
CREATE TABLE "PublicRevision" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'public',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- The single row every publish increments.
INSERT INTO "PublicRevision" ("id", "revision", "updatedAt") VALUES ('public', 0, CURRENT_TIMESTAMP);
