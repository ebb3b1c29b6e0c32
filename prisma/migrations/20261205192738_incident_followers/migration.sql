-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "incidentId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'signup',
    "manageSalt" TEXT NOT NULL,
    "confirmNonce" TEXT,
    "legacyManageTokenHash" TEXT,
    "manageToken" TEXT,
    "confirmExpiresAt" DATETIME,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "suppressedAt" DATETIME,
    "suppressReason" TEXT,
    "activatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscriber_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscriber" ("activatedAt", "confirmExpiresAt", "confirmNonce", "confirmedAt", "createdAt", "email", "emailNormalized", "id", "legacyManageTokenHash", "manageSalt", "manageToken", "source", "status", "suppressReason", "suppressedAt", "unsubscribedAt", "updatedAt") SELECT "activatedAt", "confirmExpiresAt", "confirmNonce", "confirmedAt", "createdAt", "email", "emailNormalized", "id", "legacyManageTokenHash", "manageSalt", "manageToken", "source", "status", "suppressReason", "suppressedAt", "unsubscribedAt", "updatedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE UNIQUE INDEX "Subscriber_emailNormalized_key" ON "Subscriber"("emailNormalized");
CREATE UNIQUE INDEX "Subscriber_legacyManageTokenHash_key" ON "Subscriber"("legacyManageTokenHash");
CREATE UNIQUE INDEX "Subscriber_manageToken_key" ON "Subscriber"("manageToken");
CREATE INDEX "Subscriber_status_id_idx" ON "Subscriber"("status", "id");
CREATE INDEX "Subscriber_incidentId_idx" ON "Subscriber"("incidentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
