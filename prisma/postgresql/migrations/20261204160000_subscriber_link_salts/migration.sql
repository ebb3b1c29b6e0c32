-- Every subscriber gets a random link salt, a pending confirmation a fresh nonce (links in
-- confirmation mails already sent stop working, queued ones are composed with the new link).
-- Plain manage tokens become their sha-256 here, so links in mails already sent keep working.
ALTER TABLE "Subscriber" ADD COLUMN "confirmNonce" TEXT,
ADD COLUMN     "legacyManageTokenHash" TEXT,
ADD COLUMN     "manageSalt" TEXT,
ALTER COLUMN "manageToken" DROP NOT NULL;

UPDATE "Subscriber" SET
  "manageSalt" = md5(random()::text || clock_timestamp()::text || "id"),
  "confirmNonce" = CASE WHEN "confirmToken" IS NOT NULL THEN md5(random()::text || clock_timestamp()::text || "id") END,
  "legacyManageTokenHash" = encode(sha256(convert_to("manageToken", 'UTF8')), 'hex'),
  "manageToken" = NULL;

ALTER TABLE "Subscriber" ALTER COLUMN "manageSalt" SET NOT NULL;

-- DropIndex
DROP INDEX "Subscriber_confirmToken_key";

-- AlterTable
ALTER TABLE "Subscriber" DROP COLUMN "confirmToken";

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_legacyManageTokenHash_key" ON "Subscriber"("legacyManageTokenHash");
