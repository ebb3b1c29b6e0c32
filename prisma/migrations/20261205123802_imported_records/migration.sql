-- CreateTable
CREATE TABLE "ImportedRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "sourceUpdatedAt" TEXT,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ImportedRecord_kind_localId_idx" ON "ImportedRecord"("kind", "localId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedRecord_source_kind_sourceId_key" ON "ImportedRecord"("source", "kind", "sourceId");
