-- AlterTable
ALTER TABLE "Setting" ADD COLUMN "accentColor" TEXT;
ALTER TABLE "Setting" ADD COLUMN "faviconUrl" TEXT;
ALTER TABLE "Setting" ADD COLUMN "footerLinks" TEXT;
ALTER TABLE "Setting" ADD COLUMN "logoDarkUrl" TEXT;
ALTER TABLE "Setting" ADD COLUMN "supportUrl" TEXT;
