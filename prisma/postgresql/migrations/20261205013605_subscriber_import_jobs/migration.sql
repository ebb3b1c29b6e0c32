-- CreateTable
CREATE TABLE "SubscriberImport" (
    "id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "csv" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "rows" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "skippedExisting" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "rejected" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SubscriberImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubscriberImport_status_createdAt_idx" ON "SubscriberImport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SubscriberImport_createdAt_idx" ON "SubscriberImport"("createdAt");
