-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "incidentId" TEXT;

-- CreateIndex
CREATE INDEX "Subscriber_incidentId_idx" ON "Subscriber"("incidentId");

-- AddForeignKey
ALTER TABLE "Subscriber" ADD CONSTRAINT "Subscriber_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
