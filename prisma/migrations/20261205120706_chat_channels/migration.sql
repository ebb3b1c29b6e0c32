-- CreateTable
CREATE TABLE "ChatChannel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "source" TEXT NOT NULL DEFAULT 'admin',
    "components" TEXT NOT NULL DEFAULT '[]',
    "manageSalt" TEXT NOT NULL,
    "confirmNonce" TEXT,
    "confirmExpiresAt" DATETIME,
    "disabledReason" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "notificationId" TEXT NOT NULL,
    "subscriberId" TEXT,
    "endpointId" TEXT,
    "chatChannelId" TEXT,
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
    CONSTRAINT "Delivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_chatChannelId_fkey" FOREIGN KEY ("chatChannelId") REFERENCES "ChatChannel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Delivery" ("attempts", "channel", "createdAt", "endpointId", "id", "lastError", "leaseExpiresAt", "leaseOwner", "messageId", "nextAttemptAt", "notificationId", "recipient", "sentAt", "smtpMessageId", "state", "subscriberId", "updatedAt") SELECT "attempts", "channel", "createdAt", "endpointId", "id", "lastError", "leaseExpiresAt", "leaseOwner", "messageId", "nextAttemptAt", "notificationId", "recipient", "sentAt", "smtpMessageId", "state", "subscriberId", "updatedAt" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_state_nextAttemptAt_idx" ON "Delivery"("state", "nextAttemptAt");
CREATE INDEX "Delivery_state_leaseExpiresAt_idx" ON "Delivery"("state", "leaseExpiresAt");
CREATE INDEX "Delivery_notificationId_state_idx" ON "Delivery"("notificationId", "state");
CREATE INDEX "Delivery_subscriberId_idx" ON "Delivery"("subscriberId");
CREATE INDEX "Delivery_endpointId_createdAt_idx" ON "Delivery"("endpointId", "createdAt");
CREATE INDEX "Delivery_chatChannelId_createdAt_idx" ON "Delivery"("chatChannelId", "createdAt");
CREATE UNIQUE INDEX "Delivery_notificationId_subscriberId_key" ON "Delivery"("notificationId", "subscriberId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ChatChannel_status_idx" ON "ChatChannel"("status");
