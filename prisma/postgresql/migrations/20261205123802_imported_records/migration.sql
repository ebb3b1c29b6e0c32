-- CreateTable
CREATE TABLE "ImportedRecord" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "sourceUpdatedAt" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportedRecord_kind_localId_idx" ON "ImportedRecord"("kind", "localId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedRecord_source_kind_sourceId_key" ON "ImportedRecord"("source", "kind", "sourceId");
