-- CreateTable
CREATE TABLE "SubscriberImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "csv" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "rows" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "skippedExisting" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "rejected" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "SubscriberImport_status_createdAt_idx" ON "SubscriberImport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SubscriberImport_createdAt_idx" ON "SubscriberImport"("createdAt");
