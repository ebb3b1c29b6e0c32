-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Setting" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "pageName" TEXT NOT NULL DEFAULT 'Status',
    "publicUrl" TEXT NOT NULL DEFAULT 'http://localhost:3000',
    "logoUrl" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "senderName" TEXT NOT NULL DEFAULT 'Status',
    "senderEmail" TEXT NOT NULL DEFAULT 'status@localhost',
    "replyTo" TEXT,
    "uptimeWeightMajor" REAL NOT NULL DEFAULT 1,
    "uptimeWeightPartial" REAL NOT NULL DEFAULT 0.3,
    "uptimeWeightDegraded" REAL NOT NULL DEFAULT 0,
    "accentColor" TEXT,
    "logoDarkUrl" TEXT,
    "faviconUrl" TEXT,
    "supportUrl" TEXT,
    "footerLinks" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Setting" ("accentColor", "faviconUrl", "footerLinks", "id", "logoDarkUrl", "logoUrl", "pageName", "publicUrl", "replyTo", "senderEmail", "senderName", "supportUrl", "timeZone", "updatedAt", "uptimeWeightDegraded", "uptimeWeightMajor", "uptimeWeightPartial") SELECT "accentColor", "faviconUrl", "footerLinks", "id", "logoDarkUrl", "logoUrl", "pageName", "publicUrl", "replyTo", "senderEmail", "senderName", "supportUrl", "timeZone", "updatedAt", "uptimeWeightDegraded", "uptimeWeightMajor", "uptimeWeightPartial" FROM "Setting";
DROP TABLE "Setting";
ALTER TABLE "new_Setting" RENAME TO "Setting";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
