-- AlterTable
ALTER TABLE "Setting" ADD COLUMN "replyTo" TEXT;

-- CreateTable
CREATE TABLE "WorkerStatus" (
    "owner" TEXT NOT NULL PRIMARY KEY,
    "heartbeatAt" DATETIME NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "circuit" TEXT NOT NULL DEFAULT 'closed',
    "circuitSince" DATETIME,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextProbeAt" DATETIME
);

-- CreateIndex
CREATE INDEX "WorkerStatus_heartbeatAt_idx" ON "WorkerStatus"("heartbeatAt");
