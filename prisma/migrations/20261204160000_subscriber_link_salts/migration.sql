-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
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
    "updatedAt" DATETIME NOT NULL
);
-- Every subscriber gets a random link salt, a pending confirmation a fresh nonce (links in
-- confirmation mails already sent stop working, queued ones are composed with the new link).
-- Plain manage tokens stay until start-up hashes them into legacyManageTokenHash (no sha-256 in SQLite).
INSERT INTO "new_Subscriber" ("confirmExpiresAt", "confirmedAt", "createdAt", "email", "emailNormalized", "id", "manageToken", "source", "status", "suppressReason", "suppressedAt", "unsubscribedAt", "updatedAt", "activatedAt", "manageSalt", "confirmNonce") SELECT "confirmExpiresAt", "confirmedAt", "createdAt", "email", "emailNormalized", "id", "manageToken", "source", "status", "suppressReason", "suppressedAt", "unsubscribedAt", "updatedAt", "activatedAt", lower(hex(randomblob(16))), CASE WHEN "confirmToken" IS NOT NULL THEN lower(hex(randomblob(16))) END FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE UNIQUE INDEX "Subscriber_emailNormalized_key" ON "Subscriber"("emailNormalized");
CREATE UNIQUE INDEX "Subscriber_legacyManageTokenHash_key" ON "Subscriber"("legacyManageTokenHash");
CREATE UNIQUE INDEX "Subscriber_manageToken_key" ON "Subscriber"("manageToken");
CREATE INDEX "Subscriber_status_id_idx" ON "Subscriber"("status", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
