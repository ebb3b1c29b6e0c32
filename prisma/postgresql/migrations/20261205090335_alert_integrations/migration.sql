-- CreateTable
CREATE TABLE "AlertIntegration" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AlertIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "matchers" TEXT NOT NULL,
    "componentIds" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "resolveIncident" BOOLEAN NOT NULL DEFAULT true,
    "holdSeconds" INTEGER NOT NULL DEFAULT 120,
    "announceEveryMinutes" INTEGER NOT NULL DEFAULT 15,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "labels" TEXT NOT NULL,
    "url" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "AlertEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnmatchedAlert" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "labels" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnmatchedAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSeries" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "incidentId" TEXT,
    "status" TEXT NOT NULL,
    "firingSince" TIMESTAMP(3),
    "lastAnnouncedAt" TIMESTAMP(3),
    "events" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertSeries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertIntegration_tokenHash_key" ON "AlertIntegration"("tokenHash");

-- CreateIndex
CREATE INDEX "AlertRule_integrationId_position_idx" ON "AlertRule"("integrationId", "position");

-- CreateIndex
CREATE INDEX "AlertEvent_processedAt_receivedAt_idx" ON "AlertEvent"("processedAt", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "UnmatchedAlert_integrationId_fingerprint_key" ON "UnmatchedAlert"("integrationId", "fingerprint");

-- CreateIndex
CREATE INDEX "AlertSeries_status_firingSince_idx" ON "AlertSeries"("status", "firingSince");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSeries_integrationId_fingerprint_key" ON "AlertSeries"("integrationId", "fingerprint");

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "AlertIntegration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertEvent" ADD CONSTRAINT "AlertEvent_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "AlertIntegration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnmatchedAlert" ADD CONSTRAINT "UnmatchedAlert_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "AlertIntegration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
