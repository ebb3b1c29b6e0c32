/*
  Warnings:

  - You are about to drop the column `idempotencyKey` on the `Delivery` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[notificationId,subscriberId]` on the table `Delivery` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Delivery_idempotencyKey_key";

-- DropIndex
DROP INDEX "Delivery_messageId_key";

-- AlterTable
ALTER TABLE "Delivery" DROP COLUMN "idempotencyKey",
ALTER COLUMN "messageId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "audienceComponents" TEXT,
ADD COLUMN     "expandCursor" TEXT,
ADD COLUMN     "expandedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "activatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_notificationId_subscriberId_key" ON "Delivery"("notificationId", "subscriberId");

-- CreateIndex
CREATE INDEX "Notification_expandedAt_createdAt_idx" ON "Notification"("expandedAt", "createdAt");

-- Backfill: today's active subscribers count as active since they confirmed (or were created), and
-- every notification written before this migration already has all its deliveries.
UPDATE "Subscriber" SET "activatedAt" = COALESCE("confirmedAt", "createdAt");
UPDATE "Notification" SET "expandedAt" = "createdAt";
