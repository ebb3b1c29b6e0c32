-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "replyTo" TEXT;

-- CreateTable
CREATE TABLE "WorkerStatus" (
    "owner" TEXT NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "circuit" TEXT NOT NULL DEFAULT 'closed',
    "circuitSince" TIMESTAMP(3),
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextProbeAt" TIMESTAMP(3),

    CONSTRAINT "WorkerStatus_pkey" PRIMARY KEY ("owner")
);

-- CreateIndex
CREATE INDEX "WorkerStatus_heartbeatAt_idx" ON "WorkerStatus"("heartbeatAt");
