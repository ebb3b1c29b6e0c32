/*
  Warnings:

  - You are about to drop the column `idempotencyKey` on the `Delivery` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "audienceComponents" TEXT;
ALTER TABLE "Notification" ADD COLUMN "expandCursor" TEXT;
ALTER TABLE "Notification" ADD COLUMN "expandedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "notificationId" TEXT NOT NULL,
    "subscriberId" TEXT,
    "endpointId" TEXT,
    "channel" TEXT NOT NULL DEFAULT 'email',
    "recipient" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "lastError" TEXT,
    "messageId" TEXT,
    "smtpMessageId" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Delivery" ("attempts", "channel", "createdAt", "endpointId", "id", "lastError", "leaseExpiresAt", "leaseOwner", "messageId", "nextAttemptAt", "notificationId", "recipient", "sentAt", "smtpMessageId", "state", "subscriberId", "updatedAt") SELECT "attempts", "channel", "createdAt", "endpointId", "id", "lastError", "leaseExpiresAt", "leaseOwner", "messageId", "nextAttemptAt", "notificationId", "recipient", "sentAt", "smtpMessageId", "state", "subscriberId", "updatedAt" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_state_nextAttemptAt_idx" ON "Delivery"("state", "nextAttemptAt");
CREATE INDEX "Delivery_state_leaseExpiresAt_idx" ON "Delivery"("state", "leaseExpiresAt");
CREATE INDEX "Delivery_notificationId_state_idx" ON "Delivery"("notificationId", "state");
CREATE INDEX "Delivery_subscriberId_idx" ON "Delivery"("subscriberId");
CREATE INDEX "Delivery_endpointId_createdAt_idx" ON "Delivery"("endpointId", "createdAt");
CREATE UNIQUE INDEX "Delivery_notificationId_subscriberId_key" ON "Delivery"("notificationId", "subscriberId");
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "source" TEXT NOT NULL DEFAULT 'signup',
    "manageToken" TEXT NOT NULL,
    "confirmToken" TEXT,
    "confirmExpiresAt" DATETIME,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "suppressedAt" DATETIME,
    "suppressReason" TEXT,
    "activatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Subscriber" ("confirmExpiresAt", "confirmToken", "confirmedAt", "createdAt", "email", "emailNormalized", "id", "manageToken", "source", "status", "suppressReason", "suppressedAt", "unsubscribedAt", "updatedAt") SELECT "confirmExpiresAt", "confirmToken", "confirmedAt", "createdAt", "email", "emailNormalized", "id", "manageToken", "source", "status", "suppressReason", "suppressedAt", "unsubscribedAt", "updatedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE UNIQUE INDEX "Subscriber_emailNormalized_key" ON "Subscriber"("emailNormalized");
CREATE UNIQUE INDEX "Subscriber_manageToken_key" ON "Subscriber"("manageToken");
CREATE UNIQUE INDEX "Subscriber_confirmToken_key" ON "Subscriber"("confirmToken");
CREATE INDEX "Subscriber_status_id_idx" ON "Subscriber"("status", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Notification_expandedAt_createdAt_idx" ON "Notification"("expandedAt", "createdAt");

-- Backfill: today's active subscribers count as active since they confirmed (or were created), and
-- every notification written before this migration already has all its deliveries.
UPDATE "Subscriber" SET "activatedAt" = COALESCE("confirmedAt", "createdAt");
UPDATE "Notification" SET "expandedAt" = "createdAt";
