-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';
