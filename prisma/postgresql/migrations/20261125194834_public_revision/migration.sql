-- CreateTable
CREATE TABLE "PublicRevision" (
    "id" TEXT NOT NULL DEFAULT 'public',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicRevision_pkey" PRIMARY KEY ("id")
);

-- The single row every publish increments.
INSERT INTO "PublicRevision" ("id", "revision", "updatedAt") VALUES ('public', 0, CURRENT_TIMESTAMP);
