-- CreateTable
CREATE TABLE "AlertIntegration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "integrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "matchers" TEXT NOT NULL,
    "componentIds" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "resolveIncident" BOOLEAN NOT NULL DEFAULT true,
    "holdSeconds" INTEGER NOT NULL DEFAULT 120,
    "announceEveryMinutes" INTEGER NOT NULL DEFAULT 15,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AlertRule_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "AlertIntegration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "integrationId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "labels" TEXT NOT NULL,
    "url" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    CONSTRAINT "AlertEvent_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "AlertIntegration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UnmatchedAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "integrationId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "labels" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UnmatchedAlert_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "AlertIntegration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertSeries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "integrationId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "incidentId" TEXT,
    "status" TEXT NOT NULL,
    "firingSince" DATETIME,
    "lastAnnouncedAt" DATETIME,
    "events" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
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
