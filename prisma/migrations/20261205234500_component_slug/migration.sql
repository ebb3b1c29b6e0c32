-- AlterTable
ALTER TABLE "Component" ADD COLUMN "slug" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Component_slug_key" ON "Component"("slug");
