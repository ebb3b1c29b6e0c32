-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "accentColor" TEXT,
ADD COLUMN     "faviconUrl" TEXT,
ADD COLUMN     "footerLinks" TEXT,
ADD COLUMN     "logoDarkUrl" TEXT,
ADD COLUMN     "supportUrl" TEXT;
